package dev.aicoder.tasks;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.vertx.mutiny.sqlclient.Row;

/** One row of {@code task_schedule}; {@code payload} is JSON text. */
public record ScheduleRecord(UUID id, UUID tenantId, String repository, String name, String cron, String timeZone,
        String taskType, String payload, TaskPriority priority, boolean enabled, OffsetDateTime nextRunAt,
        OffsetDateTime lastRunAt, UUID lastTaskId, UUID createdBy, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static final String COLUMNS = "id, tenant_id, repository, name, cron, time_zone, task_type, "
            + "payload::text AS payload, priority, enabled, next_run_at, last_run_at, last_task_id, created_by, "
            + "created_at, updated_at";

    static ScheduleRecord map(Row row) {
        return new ScheduleRecord(row.getUUID("id"), row.getUUID("tenant_id"), row.getString("repository"),
                row.getString("name"), row.getString("cron"), row.getString("time_zone"), row.getString("task_type"),
                row.getString("payload"), TaskPriority.ofCode(row.getShort("priority")), row.getBoolean("enabled"),
                row.getOffsetDateTime("next_run_at"), row.getOffsetDateTime("last_run_at"),
                row.getUUID("last_task_id"), row.getUUID("created_by"), row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"));
    }
}
