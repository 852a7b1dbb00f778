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

/** The API's side of the queue: tenant-scoped reads, listing with filters, counts and cancellation. */
public final class TaskQueries {

    private static final String CANCEL = """
            UPDATE task SET
                status = CASE WHEN status = 'running' THEN status ELSE 'cancelled' END,
                cancel_requested = cancel_requested OR status = 'running',
                error = CASE WHEN status = 'running' THEN error ELSE $3 END,
                finished_at = CASE WHEN status = 'running' THEN finished_at ELSE now() END,
                updated_at = now()
            WHERE tenant_id = $1 AND id = $2 AND status IN ('waiting', 'queued', 'running')
            RETURNING\s""" + TaskRows.COLUMNS;
    private static final String COUNTS = """
            SELECT tenant_id, type, status, count(*) AS n FROM task
            WHERE status IN ('waiting', 'queued', 'running') GROUP BY tenant_id, type, status""";

    private final Pool pool;

    public TaskQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<Optional<TaskRecord>> find(UUID tenantId, UUID id) {
        return pool.preparedQuery("SELECT " + TaskRows.COLUMNS + " FROM task WHERE tenant_id = $1 AND id = $2")
                .execute(Tuple.of(tenantId, id)).map(rows -> TaskStore.first(rows).map(TaskRows::map));
    }

    public Uni<List<UUID>> dependencies(UUID id) {
        return pool.preparedQuery("SELECT depends_on FROM task_dependency WHERE task_id = $1 ORDER BY depends_on")
                .execute(Tuple.of(id)).map(rows -> TaskStore.all(rows, row -> row.getUUID("depends_on")));
    }

    /** Newest first. */
    public Uni<Page<TaskRecord>> list(UUID tenantId, TaskFilter filter, PageParams page) {
        SqlWhere where = new SqlWhere().and("tenant_id = ?", tenantId)
                .andIf(filter.statuses() != null && !filter.statuses().isEmpty(), "status = ANY(?)",
                        filter.statuses() == null ? null
                                : filter.statuses().stream().map(TaskStatus::label).toArray(String[]::new))
                .andIf(filter.type() != null, "type = ?", filter.type())
                .andIf(filter.priority() != null, "priority = ?",
                        filter.priority() == null ? null : filter.priority().code())
                .andIf(filter.scheduleId() != null, "schedule_id = ?", filter.scheduleId())
                .andIf(filter.createdAfter() != null, "created_at >= ?", filter.createdAfter())
                .andIf(filter.createdBefore() != null, "created_at < ?", filter.createdBefore());
        return SqlPaging.page(pool, TaskRows.COLUMNS, "task", where, "created_at DESC, id", page, TaskRows::map);
    }

    /**
     * Cancels a waiting or queued task at once, or asks the worker of a running one to stop. Empty when no
     * unfinished task with this id exists in the tenant.
     */
    public Uni<Optional<TaskRecord>> cancel(UUID tenantId, UUID id, String reason) {
        return pool.preparedQuery(CANCEL).execute(Tuple.of(tenantId, id, reason))
                .map(rows -> TaskStore.first(rows).map(TaskRows::map));
    }

    /** Unfinished tasks by tenant, type and status, across the cluster. */
    public Uni<List<Count>> activeCounts() {
        return pool.query(COUNTS).execute().map(rows -> TaskStore.all(rows, row -> new Count(
                row.getUUID("tenant_id"), row.getString("type"), TaskStatus.parse(row.getString("status")),
                row.getLong("n"))));
    }

    public record Count(UUID tenantId, String type, TaskStatus status, long count) {
    }
}
