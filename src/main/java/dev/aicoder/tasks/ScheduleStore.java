package dev.aicoder.tasks;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.aicoder.platform.db.SqlPaging;
import dev.aicoder.platform.db.SqlWhere;
import dev.aicoder.platform.web.Page;
import dev.aicoder.platform.web.PageParams;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Tenant-scoped storage of cron schedules. */
public final class ScheduleStore {

    private static final String INSERT = """
            INSERT INTO task_schedule (id, tenant_id, repository, name, cron, time_zone, task_type, payload,
                                       priority, enabled, next_run_at, created_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9, $10, $11, $12)
            RETURNING\s""" + ScheduleRecord.COLUMNS;
    private static final String UPDATE = """
            UPDATE task_schedule SET cron = $3, time_zone = $4, payload = $5::text::jsonb, priority = $6,
                enabled = $7, next_run_at = $8, updated_at = now()
            WHERE tenant_id = $1 AND id = $2
            RETURNING\s""" + ScheduleRecord.COLUMNS;

    private final Pool pool;

    public ScheduleStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<ScheduleRecord> insert(ScheduleRecord s) {
        return pool.preparedQuery(INSERT).execute(Tuple.from(List.of(s.id(), s.tenantId(), s.repository(), s.name(),
                s.cron(), s.timeZone(), s.taskType(), s.payload(), s.priority().code(), s.enabled(),
                s.nextRunAt())).addValue(s.createdBy()))
                .map(rows -> ScheduleRecord.map(rows.iterator().next()));
    }

    public Uni<Optional<ScheduleRecord>> update(ScheduleRecord s) {
        return pool.preparedQuery(UPDATE).execute(Tuple.from(List.of(s.tenantId(), s.id(), s.cron(), s.timeZone(),
                s.payload(), s.priority().code(), s.enabled(), s.nextRunAt())))
                .map(rows -> TaskStore.first(rows).map(ScheduleRecord::map));
    }

    public Uni<Optional<ScheduleRecord>> find(UUID tenantId, UUID id) {
        return pool.preparedQuery("SELECT " + ScheduleRecord.COLUMNS
                + " FROM task_schedule WHERE tenant_id = $1 AND id = $2").execute(Tuple.of(tenantId, id))
                .map(rows -> TaskStore.first(rows).map(ScheduleRecord::map));
    }

    public Uni<Boolean> delete(UUID tenantId, UUID id) {
        return pool.preparedQuery("DELETE FROM task_schedule WHERE tenant_id = $1 AND id = $2")
                .execute(Tuple.of(tenantId, id)).map(rows -> rows.rowCount() == 1);
    }

    /** Ordered by repository and name. */
    public Uni<Page<ScheduleRecord>> list(UUID tenantId, String repository, PageParams page) {
        SqlWhere where = new SqlWhere().and("tenant_id = ?", tenantId)
                .andIf(repository != null, "repository = ?", repository);
        return SqlPaging.page(pool, ScheduleRecord.COLUMNS, "task_schedule", where, "repository, name", page,
                ScheduleRecord::map);
    }
}
