package dev.aicoder.tasks;

import io.vertx.mutiny.sqlclient.Row;

/** The select list for {@link TaskRecord} and the mapping from a row. */
final class TaskRows {

    /** Columns in {@link TaskRecord} order; JSON as text so that no JSON library choice leaks in. */
    static final String COLUMNS = "id, tenant_id, type, payload::text AS payload, priority, status, "
            + "on_dependency_failure, attempts, max_attempts, run_at, lease_until, worker, claim_token, "
            + "cancel_requested, progress, phase, message, result::text AS result, error, created_by, schedule_id, "
            + "idempotency_key, created_at, started_at, finished_at, updated_at";

    private TaskRows() {
    }

    static TaskRecord map(Row row) {
        return new TaskRecord(row.getUUID("id"), row.getUUID("tenant_id"), row.getString("type"),
                row.getString("payload"), TaskPriority.ofCode(row.getShort("priority")),
                TaskStatus.parse(row.getString("status")),
                DependencyFailure.parse(row.getString("on_dependency_failure")),
                row.getInteger("attempts"), row.getInteger("max_attempts"), row.getOffsetDateTime("run_at"),
                row.getOffsetDateTime("lease_until"), row.getString("worker"), row.getUUID("claim_token"),
                row.getBoolean("cancel_requested"), row.getShort("progress"), row.getString("phase"),
                row.getString("message"), row.getString("result"), row.getString("error"),
                row.getUUID("created_by"), row.getUUID("schedule_id"), row.getString("idempotency_key"),
                row.getOffsetDateTime("created_at"), row.getOffsetDateTime("started_at"),
                row.getOffsetDateTime("finished_at"), row.getOffsetDateTime("updated_at"));
    }
}
