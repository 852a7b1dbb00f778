package dev.aicoder.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.vertx.mutiny.sqlclient.Row;

/** Cron parsing, and firing due schedules exactly once while several replicas compete. */
class ScheduleFirerTest extends QueueDbTest {


    @Test
    void cronExpressionsInTimeZones() {
        Instant noonUtc = Instant.parse("2026-03-10T12:00:00Z");
        assertThat(CronSchedule.parse("0 2 * * *", "UTC").nextAfter(noonUtc))
                .isEqualTo(Instant.parse("2026-03-11T02:00:00Z"));
        assertThat(CronSchedule.parse("0 2 * * *", "Europe/Paris").nextAfter(noonUtc))
                .isEqualTo(Instant.parse("2026-03-11T01:00:00Z"));
        assertThat(CronSchedule.parse("*/15 * * * 1-5", "UTC").nextAfter(noonUtc))
                .isEqualTo(Instant.parse("2026-03-10T12:15:00Z"));
        assertThatThrownBy(() -> CronSchedule.parse("0 25 * * *", "UTC"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid cron");
        assertThatThrownBy(() -> CronSchedule.parse("every night", "UTC")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CronSchedule.parse("0 2 * * *", "Mars/Olympus"))
                .hasMessageContaining("unknown time zone");
    }

    @Test
    void competingReplicasFireEachDueScheduleExactlyOnce() throws Exception {
        String type = type("nightly");
        TaskHandlers handlers = TaskHandlers.of(List.of(new TestHandler(type, ctx -> null)));
        UUID tenant = db.newTenant();
        ScheduleStore store = new ScheduleStore(db.pool);
        OffsetDateTime overdue = OffsetDateTime.now(ZoneOffset.UTC).minusDays(3);
        for (int i = 0; i < 60; i++) {
            store.insert(new ScheduleRecord(UUID.randomUUID(), tenant, "git@example.com:repo-" + i + ".git",
                    "nightly", "0 2 * * *", "UTC", type, "{\"ref\": \"main\"}", TaskPriority.LOW, true, overdue,
                    null, null, null, null, null)).await().atMost(Duration.ofSeconds(10));
        }
        List<QueueDb> replicas = List.of(db, db.replica(), db.replica());
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> jobs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ScheduleFirer firer = new ScheduleFirer(replicas.get(i % 3).pool, handlers, QueueDb.MAPPER, 3);
            jobs.add(() -> {
                int fired = 0;
                for (int round = 0; round < 10; round++) {
                    fired += firer.fireDue(7).await().atMost(Duration.ofSeconds(30));
                }
                return fired;
            });
        }
        int total = 0;
        for (Future<Integer> result : threads.invokeAll(jobs)) {
            total += result.get();
        }
        threads.shutdown();
        replicas.subList(1, 3).forEach(QueueDb::close);

        assertThat(total).isEqualTo(60);
        assertThat(db.count("SELECT count(*) FROM task WHERE type = $1", type)).isEqualTo(60);
        assertThat(db.count("SELECT count(DISTINCT schedule_id) FROM task WHERE type = $1", type)).isEqualTo(60);
        List<Row> schedules = db.query("SELECT next_run_at, last_task_id FROM task_schedule WHERE task_type = $1",
                type);
        Instant expectedNext = CronSchedule.parse("0 2 * * *", "UTC").nextAfter(Instant.now());
        assertThat(schedules).allSatisfy(row -> {
            assertThat(row.getOffsetDateTime("next_run_at").toInstant()).isEqualTo(expectedNext);
            assertThat(row.getUUID("last_task_id")).isNotNull();
        });
        Row task = db.query("SELECT priority, payload::text AS payload, status FROM task WHERE type = $1 LIMIT 1",
                type).get(0);
        assertThat(task.getShort("priority")).isEqualTo(TaskPriority.LOW.code());
        assertThat(task.getString("payload")).isEqualTo("{\"ref\": \"main\"}");
        assertThat(task.getString("status")).isEqualTo("queued");
        assertThat(new ScheduleFirer(db.pool, handlers, QueueDb.MAPPER, 3).fireDue(100)
                .await().atMost(Duration.ofSeconds(10))).isZero();
    }
}
