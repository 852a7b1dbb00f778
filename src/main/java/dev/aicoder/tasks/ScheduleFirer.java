package dev.aicoder.tasks;

import java.time.Instant;
import java.time.ZoneOffset;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Fires due schedules: in one transaction per batch, locks due rows with {@code FOR UPDATE SKIP LOCKED}, enqueues
 * one task for each and moves {@code next_run_at} to the next time after now. Any number of replicas may run this at
 * once; each due time fires exactly once. Runs missed while nothing was running fire once, not once per miss.
 */
public final class ScheduleFirer {

    private static final Logger LOG = Logger.getLogger(ScheduleFirer.class);
    private static final String DUE = "SELECT " + ScheduleRecord.COLUMNS + """
             FROM task_schedule WHERE enabled AND next_run_at <= now()
            ORDER BY next_run_at LIMIT $1 FOR UPDATE SKIP LOCKED""";
    private static final String ADVANCE = """
            UPDATE task_schedule SET next_run_at = $2, last_run_at = now(), last_task_id = coalesce($3, last_task_id),
                updated_at = now() WHERE id = $1""";

    private final Pool pool;
    private final TaskHandlers handlers;
    private final ObjectMapper mapper;
    private final int defaultMaxAttempts;

    public ScheduleFirer(Pool pool, TaskHandlers handlers, ObjectMapper mapper, int defaultMaxAttempts) {
        this.pool = pool;
        this.handlers = handlers;
        this.mapper = mapper;
        this.defaultMaxAttempts = defaultMaxAttempts;
    }

    /** Fires up to {@code limit} due schedules; returns how many tasks were enqueued. */
    public Uni<Integer> fireDue(int limit) {
        return pool.withTransaction(tx -> tx.preparedQuery(DUE).execute(Tuple.of(limit))
                .map(rows -> TaskStore.all(rows, ScheduleRecord::map))
                .flatMap(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(schedule -> fire(tx, schedule))
                        .collect().asList())
                .map(fired -> (int) fired.stream().filter(Boolean::booleanValue).count()));
    }

    private Uni<Boolean> fire(SqlClient tx, ScheduleRecord schedule) {
        Instant next = CronSchedule.parse(schedule.cron(), schedule.timeZone()).nextAfter(Instant.now());
        Uni<Enqueued> task;
        if (handlers.find(schedule.taskType()).isEmpty()) {
            LOG.warnf("Schedule %s names task type '%s', which no handler runs; skipped this time", schedule.id(),
                    schedule.taskType());
            task = Uni.createFrom().nullItem();
        } else {
            NewTask newTask = NewTask.of(schedule.tenantId(), schedule.taskType(), TaskViews.json(mapper,
                    schedule.payload())).withPriority(schedule.priority()).withSchedule(schedule.id())
                    .withIdempotencyKey("schedule:" + schedule.id() + ":" + schedule.nextRunAt().toEpochSecond());
            int attempts = handlers.find(schedule.taskType()).get().maxAttempts().orElse(defaultMaxAttempts);
            task = TaskInsert.insert(tx, newTask, schedule.payload(), attempts);
        }
        return task.flatMap(enqueued -> tx.preparedQuery(ADVANCE)
                .execute(Tuple.of(schedule.id(), next.atOffset(ZoneOffset.UTC),
                        enqueued == null ? null : enqueued.task().id()))
                .replaceWith(enqueued != null && enqueued.created()));
    }

}
