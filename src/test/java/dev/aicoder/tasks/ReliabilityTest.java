package dev.aicoder.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Workers that die, lose their lease or compete: each task still ends once, with nothing lost. */
class ReliabilityTest extends QueueDbTest {


    @Test
    void taskOfADeadWorkerRunsAgainExactlyOnceAfterItsLeaseExpires() {
        String type = type("dead");
        List<Integer> completedAttempts = new CopyOnWriteArrayList<>();
        TestHandler handler = new TestHandler(type, ctx -> {
            completedAttempts.add(ctx.attempt());
            return Map.of("attempt", ctx.attempt());
        });
        QueueSettings settings = QueueSettings.forTests("survivor", 2);
        TaskRecord task = db.queue(settings, handler).enqueue(NewTask.of(db.newTenant(), type, null))
                .await().atMost(WAIT).task();

        // A worker claims the task with a short lease, then dies: it never heartbeats nor reports.
        Optional<TaskRecord> dead = db.store().claim("dead-worker", Duration.ofMillis(500), List.of(type), null,
                Map.of()).await().atMost(WAIT);
        assertThat(dead).map(TaskRecord::id).contains(task.id());

        try (WorkerPool survivor = db.workers(settings, handler)) {
            survivor.start();
            await().atMost(WAIT).until(() -> db.task(task.id()).status() == TaskStatus.SUCCEEDED);
        }
        TaskRecord done = db.task(task.id());
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.worker()).startsWith("survivor/");
        assertThat(done.result()).contains("\"attempt\": 2");
        assertThat(completedAttempts).containsExactly(2);

        // If the dead worker comes back to life, its stale claim cannot overwrite the outcome.
        boolean stale = db.store().succeed(task.id(), dead.get().claimToken(), "{\"zombie\": true}")
                .await().atMost(WAIT);
        assertThat(stale).isFalse();
        assertThat(db.task(task.id()).result()).doesNotContain("zombie");
    }

    @Test
    void workerThatLostItsLeaseStopsAndTheNewOwnerFinishesAlone() throws Exception {
        String type = type("zombie");
        CountDownLatch firstRunStarted = new CountDownLatch(1);
        List<String> cancelledRuns = new CopyOnWriteArrayList<>();
        List<Integer> completedRuns = new CopyOnWriteArrayList<>();
        TestHandler handler = new TestHandler(type, ctx -> {
            if (ctx.attempt() == 1) {
                firstRunStarted.countDown();
                try {
                    for (int i = 0; i < 1000; i++) {
                        ctx.progress(i / 10, "slow", null);
                        Thread.sleep(20);
                    }
                } catch (TaskCancelledException e) {
                    cancelledRuns.add(e.getMessage());
                    throw e;
                }
            }
            completedRuns.add(ctx.attempt());
            return "finished by attempt " + ctx.attempt();
        });
        QueueSettings settings = QueueSettings.forTests("first", 1);
        TaskRecord task = db.queue(settings, handler).enqueue(NewTask.of(db.newTenant(), type, null))
                .await().atMost(WAIT).task();
        try (WorkerPool first = db.workers(settings, handler)) {
            first.start();
            assertThat(firstRunStarted.await(20, TimeUnit.SECONDS)).isTrue();
            // What the reaper does to an expired lease, done now: the task goes back to the queue.
            db.query("""
                    UPDATE task SET status = 'queued', claim_token = NULL, lease_until = NULL, run_at = now(),
                        error = 'lease expired' WHERE id = $1""", task.id());
            try (WorkerPool second = db.workers(QueueSettings.forTests("second", 1), handler)) {
                second.start();
                await().atMost(WAIT).until(() -> db.task(task.id()).status() == TaskStatus.SUCCEEDED);
            }
        }
        // Either pool may win the re-queued task (the first one's thread is free again once it gave up): what
        // matters is that exactly one new claim ran it to completion and the lost run stopped.
        TaskRecord done = db.task(task.id());
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.result()).isEqualTo("\"finished by attempt 2\"");
        assertThat(completedRuns).containsExactly(2);
        assertThat(cancelledRuns).singleElement().asString().contains("lost the lease");
    }

    @Test
    void twoReplicasDrainAThousandTasksWithoutRunningAnyTwiceAtOnce() {
        String type = type("drain");
        ConcurrencyProbe probe = new ConcurrencyProbe();
        Map<UUID, AtomicInteger> runs = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> byReplica = new ConcurrentHashMap<>();
        TestHandler handler = new TestHandler(type, ctx -> {
            probe.enterExclusive(ctx.taskId());
            try {
                runs.computeIfAbsent(ctx.taskId(), k -> new AtomicInteger()).incrementAndGet();
                byReplica.computeIfAbsent(Thread.currentThread().getName().split("/")[0], k -> new AtomicInteger())
                        .incrementAndGet();
                Thread.sleep(1);
                return null;
            } finally {
                probe.leave(ctx.taskId());
            }
        });
        UUID tenant = db.newTenant();
        List<NewTask> tasks = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            tasks.add(NewTask.of(tenant, type, null));
        }
        QueueSettings a = QueueSettings.forTests("replica-a", 4);
        QueueSettings b = QueueSettings.forTests("replica-b", 4);
        assertThat(db.queue(a, handler).enqueueAll(tasks).await().atMost(WAIT)).isEqualTo(1000);
        try (QueueDb other = db.replica();
                WorkerPool first = db.workers(a, handler);
                WorkerPool second = other.workers(b, handler)) {
            first.start();
            second.start();
            await().atMost(WAIT).until(() -> db.count(
                    "SELECT count(*) FROM task WHERE type = $1 AND status = 'succeeded'", type) == 1000);
        }
        assertThat(probe.overlaps).isEmpty();
        assertThat(runs).hasSize(1000);
        assertThat(runs.values()).allSatisfy(n -> assertThat(n).hasValue(1));
        assertThat(byReplica.keySet()).containsExactlyInAnyOrder("aicoder-task-replica-a", "aicoder-task-replica-b");
        assertThat(db.count("SELECT count(*) FROM task WHERE type = $1 AND attempts <> 1", type)).isZero();
    }
}
