package dev.aicoder.tasks;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Inserts a task inside the caller's transaction. Dependencies are locked {@code FOR SHARE} first, so a dependency
 * that finishes at the same moment either sees the new dependent (and releases or fails it) or has already ended
 * and the new task starts in the right state.
 */
final class TaskInsert {

    private static final String LOCK_DEPENDENCIES = """
            SELECT id, status FROM task WHERE tenant_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR SHARE""";
    private static final String INSERT = """
            INSERT INTO task (id, tenant_id, type, payload, priority, status, on_dependency_failure, max_attempts,
                              run_at, created_by, schedule_id, idempotency_key, error, finished_at)
            VALUES ($1, $2, $3, $4::text::jsonb, $5, $6, $7, $8, coalesce($9::timestamptz, now()), $10, $11, $12,
                    $13, CASE WHEN $14::boolean THEN now() END)
            ON CONFLICT (tenant_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
            RETURNING\s""" + TaskRows.COLUMNS;
    private static final String INSERT_DEPENDENCIES = """
            INSERT INTO task_dependency (task_id, depends_on) SELECT $1, unnest($2::uuid[])""";
    private static final String BY_KEY = "SELECT " + TaskRows.COLUMNS
            + " FROM task WHERE tenant_id = $1 AND idempotency_key = $2";

    private TaskInsert() {
    }

    static Uni<Enqueued> insert(SqlClient tx, NewTask task, String payloadJson, int maxAttempts) {
        UUID[] deps = task.dependsOn().stream().distinct().sorted().toArray(UUID[]::new);
        Uni<Start> start = deps.length == 0
                ? Uni.createFrom().item(new Start(TaskStatus.QUEUED, null))
                : tx.preparedQuery(LOCK_DEPENDENCIES).execute(Tuple.of(task.tenantId(), deps))
                        .map(rows -> startFrom(task, deps.length, TaskStore.all(rows, r -> r)));
        UUID id = UUID.randomUUID();
        return start.flatMap(s -> tx.preparedQuery(INSERT).execute(row(id, task, payloadJson, maxAttempts, s))
                .flatMap(rows -> {
                    var row = TaskStore.first(rows);
                    if (row.isEmpty()) {
                        return existing(tx, task);
                    }
                    TaskRecord created = TaskRows.map(row.get());
                    Uni<Void> links = deps.length == 0 ? Uni.createFrom().voidItem()
                            : tx.preparedQuery(INSERT_DEPENDENCIES).execute(Tuple.of(id, deps)).replaceWithVoid();
                    return links.replaceWith(new Enqueued(created, true));
                }));
    }

    /** Inserts tasks without dependencies in one batch (bulk enqueue); returns how many were new. */
    static Uni<Integer> insertBatch(SqlClient tx, List<NewTask> tasks, List<String> payloads, List<Integer> attempts) {
        List<Tuple> rows = new java.util.ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            if (!tasks.get(i).dependsOn().isEmpty()) {
                throw new IllegalArgumentException("bulk enqueue does not take dependencies");
            }
            rows.add(row(UUID.randomUUID(), tasks.get(i), payloads.get(i), attempts.get(i),
                    new Start(TaskStatus.QUEUED, null)));
        }
        return tx.preparedQuery(INSERT).executeBatch(rows).map(result -> {
            int created = 0;
            for (var set = result; set != null; set = set.next()) {
                created += set.rowCount();
            }
            return created;
        });
    }

    private static Tuple row(UUID id, NewTask task, String payloadJson, int maxAttempts, Start start) {
        return Tuple.from(List.of(id, task.tenantId(), task.type(), payloadJson, task.priority().code(),
                start.status().label(), task.onDependencyFailure().label(), maxAttempts))
                .addValue(task.runAt() == null ? null : task.runAt().atOffset(ZoneOffset.UTC))
                .addValue(task.createdBy()).addValue(task.scheduleId()).addValue(task.idempotencyKey())
                .addValue(start.error()).addValue(start.status().isTerminal());
    }

    private static Uni<Enqueued> existing(SqlClient tx, NewTask task) {
        return tx.preparedQuery(BY_KEY).execute(Tuple.of(task.tenantId(), task.idempotencyKey()))
                .map(rows -> new Enqueued(TaskRows.map(TaskStore.first(rows).orElseThrow()), false));
    }

    /** Waiting while a dependency is unfinished; failed or cancelled at once when one already failed. */
    private static Start startFrom(NewTask task, int expected, List<Row> deps) {
        if (deps.size() != expected) {
            throw new InvalidTaskException("unknown-dependency",
                    "depends_on names a task that does not exist in your organisation");
        }
        boolean waiting = false;
        for (Row dep : deps) {
            TaskStatus status = TaskStatus.parse(dep.getString("status"));
            if (status == TaskStatus.FAILED || status == TaskStatus.CANCELLED) {
                TaskStatus own = task.onDependencyFailure() == DependencyFailure.CANCEL
                        ? TaskStatus.CANCELLED
                        : TaskStatus.FAILED;
                return new Start(own, "dependency " + dep.getUUID("id") + " " + status.label());
            }
            waiting |= status != TaskStatus.SUCCEEDED;
        }
        return new Start(waiting ? TaskStatus.WAITING : TaskStatus.QUEUED, null);
    }

    private record Start(TaskStatus status, String error) {
    }
}
