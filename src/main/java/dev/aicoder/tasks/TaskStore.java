package dev.aicoder.tasks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The workers' side of the queue: claim, heartbeat, progress, outcome, lease reaping. Every write after a claim is
 * fenced by the claim token, so a worker that lost its lease changes nothing. Plain Java over the reactive pool
 * (no CDI), so the reliability tests and the benchmark run it directly.
 */
public final class TaskStore {

    private static final String CLAIM = "SELECT " + TaskRows.COLUMNS + " FROM task_claim($1, $2, $3, $4, $5)";
    private static final String HEARTBEAT = """
            UPDATE task t SET lease_until = now() + $3::int * INTERVAL '1 millisecond'
            FROM unnest($1::uuid[], $2::uuid[]) AS h(id, token)
            WHERE t.id = h.id AND t.claim_token = h.token AND t.status = 'running'
            RETURNING t.id, t.cancel_requested""";
    private static final String PROGRESS = """
            UPDATE task SET progress = $3, phase = $4, message = $5,
                lease_until = now() + $6::int * INTERVAL '1 millisecond', updated_at = now()
            WHERE id = $1 AND claim_token = $2 AND status = 'running'
            RETURNING cancel_requested""";
    private static final String SUCCEED = """
            UPDATE task SET status = 'succeeded', result = $3::text::jsonb, error = NULL, progress = 100,
                claim_token = NULL, lease_until = NULL, finished_at = now(), updated_at = now()
            WHERE id = $1 AND claim_token = $2 AND status = 'running'""";
    private static final String RETRY = """
            UPDATE task SET status = 'queued', error = $3, run_at = now() + $4::int * INTERVAL '1 millisecond',
                claim_token = NULL, lease_until = NULL, updated_at = now()
            WHERE id = $1 AND claim_token = $2 AND status = 'running'""";
    private static final String END = """
            UPDATE task SET status = $3, error = $4, claim_token = NULL, lease_until = NULL,
                finished_at = now(), updated_at = now()
            WHERE id = $1 AND claim_token = $2 AND status = 'running'""";
    private static final String REAP = """
            UPDATE task SET
                status = CASE WHEN cancel_requested THEN 'cancelled'
                              WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
                error = format('lease expired: worker %s stopped heartbeating during attempt %s', worker, attempts),
                finished_at = CASE WHEN cancel_requested OR attempts >= max_attempts THEN now() END,
                run_at = now(), claim_token = NULL, lease_until = NULL, updated_at = now()
            WHERE status = 'running' AND lease_until < now()""";

    private final Pool pool;

    public TaskStore(Pool pool) {
        this.pool = pool;
    }

    public Pool pool() {
        return pool;
    }

    /** Claims the best ready task this worker can run, honouring the concurrency limits; empty when none. */
    public Uni<Optional<TaskRecord>> claim(String worker, Duration lease, List<String> types, Integer tenantLimit,
            Map<String, Integer> typeLimits) {
        Tuple args = Tuple.of(worker, millis(lease), types.toArray(String[]::new), tenantLimit,
                new JsonObject(new HashMap<>(typeLimits)));
        return pool.preparedQuery(CLAIM).execute(args).map(rows -> first(rows).map(TaskRows::map));
    }

    /**
     * Extends the leases this worker holds; answers, for each task still held, whether a cancel was requested.
     * A task missing from the answer was taken away (its lease expired and it was reaped).
     */
    public Uni<Map<UUID, Boolean>> heartbeat(Map<UUID, UUID> tokensByTask, Duration lease) {
        UUID[] ids = tokensByTask.keySet().toArray(UUID[]::new);
        UUID[] tokens = new UUID[ids.length];
        for (int i = 0; i < ids.length; i++) {
            tokens[i] = tokensByTask.get(ids[i]);
        }
        return pool.preparedQuery(HEARTBEAT).execute(Tuple.of(ids, tokens, millis(lease))).map(rows -> {
            Map<UUID, Boolean> held = new HashMap<>();
            rows.forEach(row -> held.put(row.getUUID("id"), row.getBoolean("cancel_requested")));
            return held;
        });
    }

    /** Stores progress and extends the lease; empty when the lease is lost, else whether a cancel was requested. */
    public Uni<Optional<Boolean>> progress(UUID id, UUID token, int percent, String phase, String message,
            Duration lease) {
        Tuple args = Tuple.from(List.of(id, token, (short) percent)).addValue(phase).addValue(message)
                .addValue(millis(lease));
        return pool.preparedQuery(PROGRESS).execute(args)
                .map(rows -> first(rows).map(row -> row.getBoolean("cancel_requested")));
    }

    /** Records success with its JSON result ({@code null} for none); false when the claim is no longer ours. */
    public Uni<Boolean> succeed(UUID id, UUID token, String resultJson) {
        return update(SUCCEED, Tuple.of(id, token, resultJson));
    }

    /** Puts the task back in the queue after a failed attempt, to run again after {@code delay}. */
    public Uni<Boolean> retry(UUID id, UUID token, Duration delay, String error) {
        return update(RETRY, Tuple.of(id, token, error, millis(delay)));
    }

    /** Ends the task as failed or cancelled. */
    public Uni<Boolean> end(UUID id, UUID token, TaskStatus status, String error) {
        if (status != TaskStatus.FAILED && status != TaskStatus.CANCELLED) {
            throw new IllegalArgumentException("end() is for failed or cancelled, not " + status);
        }
        return update(END, Tuple.of(id, token, status.label(), error));
    }

    /** Requeues (or fails, when out of attempts) running tasks whose lease expired; returns how many. */
    public Uni<Integer> reapExpired() {
        return pool.query(REAP).execute().map(RowSet::rowCount);
    }

    private Uni<Boolean> update(String sql, Tuple args) {
        return pool.preparedQuery(sql).execute(args).map(rows -> rows.rowCount() == 1);
    }

    static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, duration.toMillis()));
    }

    static Optional<Row> first(RowSet<Row> rows) {
        var it = rows.iterator();
        return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
    }

    static <T> List<T> all(RowSet<Row> rows, java.util.function.Function<Row, T> mapper) {
        List<T> out = new ArrayList<>(rows.size());
        rows.forEach(row -> out.add(mapper.apply(row)));
        return out;
    }
}
