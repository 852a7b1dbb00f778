package dev.aicoder.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The queue's semantics on a real PostgreSQL, without Quarkus: results, priorities, retries, dependencies. */
class QueueCoreTest extends QueueDbTest {


    record Sum(int total, String note) {
    }

    static JsonNode payload(String key, int value) {
        return JsonNodeFactory.instance.objectNode().put(key, value);
    }

    TaskRecord enqueue(TaskQueue queue, NewTask task) {
        return queue.enqueue(task).await().atMost(WAIT).task();
    }

    TaskRecord awaitEnd(UUID id) {
        await().atMost(WAIT).until(() -> db.task(id).status().isTerminal());
        return db.task(id);
    }

    @Test
    void runsTaskAndStoresItsResultAndProgress() {
        String type = type("sum");
        TestHandler handler = new TestHandler(type, ctx -> {
            ctx.progress(50, "adding", "half way");
            return new Sum(ctx.payload().get("a").asInt() + 1, "done");
        });
        QueueSettings settings = QueueSettings.forTests("core", 1);
        UUID tenant = db.newTenant();
        TaskRecord task = enqueue(db.queue(settings, handler), NewTask.of(tenant, type, payload("a", 41)));
        assertThat(task.status()).isEqualTo(TaskStatus.QUEUED);
        try (WorkerPool pool = db.workers(settings, handler)) {
            pool.start();
            TaskRecord done = awaitEnd(task.id());
            assertThat(done.status()).isEqualTo(TaskStatus.SUCCEEDED);
            assertThat(done.result()).contains("\"total\": 42").contains("\"note\": \"done\"");
            assertThat(done.progress()).isEqualTo(100);
            assertThat(done.phase()).isEqualTo("adding");
            assertThat(done.attempts()).isEqualTo(1);
            assertThat(done.startedAt()).isNotNull();
            assertThat(done.finishedAt()).isAfterOrEqualTo(done.startedAt());
        }
    }

    @Test
    void claimsByPriorityThenAge() {
        String type = type("prio");
        List<String> order = new CopyOnWriteArrayList<>();
        TestHandler handler = new TestHandler(type, ctx -> order.add(ctx.payload().get("name").asText()));
        QueueSettings settings = QueueSettings.forTests("prio", 1);
        TaskQueue queue = db.queue(settings, handler);
        UUID tenant = db.newTenant();
        for (String name : List.of("low", "normal-1", "critical", "normal-2", "high")) {
            TaskPriority priority = TaskPriority.parse(name.replaceAll("-\\d", ""));
            enqueue(queue, NewTask.of(tenant, type, JsonNodeFactory.instance.objectNode().put("name", name))
                    .withPriority(priority));
        }
        try (WorkerPool pool = db.workers(settings, handler)) {
            pool.start();
            await().atMost(WAIT).until(() -> order.size() == 5);
        }
        assertThat(order).containsExactly("critical", "high", "normal-1", "normal-2", "low");
    }

    @Test
    void failingTaskRetriesWithGrowingBackoffThenFailsWithItsLastError() {
        String type = type("flaky");
        List<Instant> runs = new CopyOnWriteArrayList<>();
        TestHandler handler = new TestHandler(type, ctx -> {
            runs.add(Instant.now());
            throw new IllegalStateException("boom #" + ctx.attempt());
        });
        QueueSettings settings = QueueSettings.forTests("flaky", 1);
        TaskRecord task = enqueue(db.queue(settings, handler),
                NewTask.of(db.newTenant(), type, null).withMaxAttempts(4));
        try (WorkerPool pool = db.workers(settings, handler)) {
            pool.start();
            TaskRecord done = awaitEnd(task.id());
            assertThat(done.status()).isEqualTo(TaskStatus.FAILED);
            assertThat(done.attempts()).isEqualTo(4);
            assertThat(done.error()).isEqualTo("IllegalStateException: boom #4");
        }
        assertThat(runs).hasSize(4);
        // backoff 50 ms × 2^(n-1): at least 50, 100, 200 ms between runs
        for (int i = 1; i < runs.size(); i++) {
            long gap = Duration.between(runs.get(i - 1), runs.get(i)).toMillis();
            assertThat(gap).as("gap before attempt %d", i + 1).isGreaterThanOrEqualTo(50L << (i - 1));
        }
    }

    @Test
    void retryCanSucceedAndNonRetryableFailsAtOnce() {
        String flaky = type("second-time");
        String fatal = type("fatal");
        TestHandler recovers = new TestHandler(flaky, ctx -> {
            if (ctx.attempt() < 2) {
                throw new java.io.IOException("connection reset");
            }
            return Map.of("attempt", ctx.attempt());
        });
        TestHandler gives_up = new TestHandler(fatal, ctx -> {
            throw new NonRetryableTaskException("repository does not exist");
        });
        QueueSettings settings = QueueSettings.forTests("mixed", 2);
        TaskQueue queue = db.queue(settings, recovers, gives_up);
        UUID tenant = db.newTenant();
        TaskRecord a = enqueue(queue, NewTask.of(tenant, flaky, null));
        TaskRecord b = enqueue(queue, NewTask.of(tenant, fatal, null).withMaxAttempts(5));
        try (WorkerPool pool = db.workers(settings, recovers, gives_up)) {
            pool.start();
            TaskRecord first = awaitEnd(a.id());
            assertThat(first.status()).isEqualTo(TaskStatus.SUCCEEDED);
            assertThat(first.result()).contains("\"attempt\": 2");
            TaskRecord second = awaitEnd(b.id());
            assertThat(second.status()).isEqualTo(TaskStatus.FAILED);
            assertThat(second.attempts()).isEqualTo(1);
            assertThat(second.error()).isEqualTo("repository does not exist");
        }
    }

    @Test
    void dependentRunsOnlyAfterItsDependenciesSucceeded() throws Exception {
        String type = type("chain");
        Map<String, Instant> finished = new ConcurrentHashMap<>();
        Map<String, Instant> started = new ConcurrentHashMap<>();
        AtomicInteger diamondRuns = new AtomicInteger();
        TestHandler handler = new TestHandler(type, ctx -> {
            String name = ctx.payload().get("name").asText();
            started.put(name, Instant.now());
            if (name.equals("d")) {
                diamondRuns.incrementAndGet();
            }
            Thread.sleep(30);
            finished.put(name, Instant.now());
            return null;
        });
        QueueSettings settings = QueueSettings.forTests("deps", 3);
        TaskQueue queue = db.queue(settings, handler);
        UUID tenant = db.newTenant();
        TaskRecord a = enqueue(queue, named(tenant, type, "a"));
        TaskRecord b = enqueue(queue, named(tenant, type, "b").withDependsOn(List.of(a.id()), null));
        TaskRecord c = enqueue(queue, named(tenant, type, "c").withDependsOn(List.of(a.id()), null));
        TaskRecord d = enqueue(queue, named(tenant, type, "d").withDependsOn(List.of(b.id(), c.id()), null));
        assertThat(b.status()).isEqualTo(TaskStatus.WAITING);
        assertThat(d.status()).isEqualTo(TaskStatus.WAITING);
        try (WorkerPool pool = db.workers(settings, handler)) {
            pool.start();
            assertThat(awaitEnd(d.id()).status()).isEqualTo(TaskStatus.SUCCEEDED);
        }
        assertThat(started.get("b")).isAfterOrEqualTo(finished.get("a"));
        assertThat(started.get("c")).isAfterOrEqualTo(finished.get("a"));
        assertThat(started.get("d")).isAfterOrEqualTo(finished.get("b")).isAfterOrEqualTo(finished.get("c"));
        assertThat(diamondRuns).hasValue(1);
        assertThat(db.queries().dependencies(d.id()).await().atMost(WAIT)).containsExactlyInAnyOrder(b.id(), c.id());
    }

    @Test
    void failedDependencyFailsOrCancelsItsDependentsTransitively() {
        String type = type("breaks");
        TestHandler handler = new TestHandler(type, ctx -> {
            if (ctx.payload().get("name").asText().equals("root")) {
                throw new NonRetryableTaskException("root broke");
            }
            return null;
        });
        QueueSettings settings = QueueSettings.forTests("deps-fail", 1);
        TaskQueue queue = db.queue(settings, handler);
        UUID tenant = db.newTenant();
        TaskRecord root = enqueue(queue, named(tenant, type, "root"));
        TaskRecord failing = enqueue(queue, named(tenant, type, "fails").withDependsOn(List.of(root.id()), null));
        TaskRecord cancelling = enqueue(queue, named(tenant, type, "cancels")
                .withDependsOn(List.of(failing.id()), DependencyFailure.CANCEL));
        try (WorkerPool pool = db.workers(settings, handler)) {
            pool.start();
            assertThat(awaitEnd(cancelling.id()).status()).isEqualTo(TaskStatus.CANCELLED);
        }
        TaskRecord failed = db.task(failing.id());
        assertThat(failed.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(failed.error()).isEqualTo("dependency " + root.id() + " failed");
        assertThat(failed.attempts()).isZero();
        assertThat(db.task(cancelling.id()).error()).isEqualTo("dependency " + failing.id() + " failed");

        TaskRecord late = enqueue(queue, named(tenant, type, "late").withDependsOn(List.of(root.id()), null));
        assertThat(late.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(late.finishedAt()).isNotNull();
    }

    @Test
    void dependencyMustBelongToTheSameTenant() {
        String type = type("foreign");
        TestHandler handler = new TestHandler(type, ctx -> null);
        TaskQueue queue = db.queue(QueueSettings.forTests("foreign", 0), handler);
        TaskRecord other = enqueue(queue, NewTask.of(db.newTenant(), type, null));
        assertThatThrownBy(() -> enqueue(queue, NewTask.of(db.newTenant(), type, null)
                .withDependsOn(List.of(other.id()), null)))
                .isInstanceOf(InvalidTaskException.class)
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> enqueue(queue, NewTask.of(db.newTenant(), "no-such-type", null)))
                .isInstanceOf(InvalidTaskException.class)
                .satisfies(e -> assertThat(((InvalidTaskException) e).code()).isEqualTo("unknown-task-type"));
    }

    @Test
    void idempotencyKeyReturnsTheFirstTask() {
        String type = type("once");
        TaskQueue queue = db.queue(QueueSettings.forTests("once", 0), new TestHandler(type, ctx -> null));
        UUID tenant = db.newTenant();
        Enqueued first = queue.enqueue(NewTask.of(tenant, type, null).withIdempotencyKey("delivery-1"))
                .await().atMost(WAIT);
        Enqueued again = queue.enqueue(NewTask.of(tenant, type, payload("x", 1)).withIdempotencyKey("delivery-1"))
                .await().atMost(WAIT);
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.task().id()).isEqualTo(first.task().id());
    }

    @Test
    void cancellingQueuedTaskIsImmediateAndRunningTaskStopsAtItsNextProgress() throws Exception {
        String type = type("long");
        CountDownLatch running = new CountDownLatch(1);
        TestHandler handler = new TestHandler(type, ctx -> {
            running.countDown();
            for (int i = 0; i < 2000; i++) {
                ctx.progress(i / 20, "working", "step " + i);
                Thread.sleep(5);
            }
            return "finished";
        });
        QueueSettings settings = QueueSettings.forTests("cancel", 1).withLease(Duration.ofSeconds(3),
                Duration.ofMillis(200));
        TaskQueue queue = db.queue(settings, handler);
        UUID tenant = db.newTenant();
        TaskRecord busy = enqueue(queue, NewTask.of(tenant, type, null));
        TaskRecord waiting = enqueue(queue, NewTask.of(tenant, type, null).withPriority(TaskPriority.LOW));
        try (WorkerPool pool = db.workers(settings, handler)) {
            pool.start();
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            TaskRecord queued = db.queries().cancel(tenant, waiting.id(), "cancelled by test").await().atMost(WAIT)
                    .orElseThrow();
            assertThat(queued.status()).isEqualTo(TaskStatus.CANCELLED);
            TaskRecord asked = db.queries().cancel(tenant, busy.id(), "cancelled by test").await().atMost(WAIT)
                    .orElseThrow();
            assertThat(asked.status()).isEqualTo(TaskStatus.RUNNING);
            assertThat(asked.cancelRequested()).isTrue();
            TaskRecord stopped = awaitEnd(busy.id());
            assertThat(stopped.status()).isEqualTo(TaskStatus.CANCELLED);
            assertThat(stopped.progress()).isLessThan(100);
        }
        assertThat(db.queries().cancel(tenant, busy.id(), "again").await().atMost(WAIT)).isEmpty();
        assertThat(db.task(waiting.id()).attempts()).isZero();
    }

    private static NewTask named(UUID tenant, String type, String name) {
        return NewTask.of(tenant, type, JsonNodeFactory.instance.objectNode().put("name", name));
    }
}
