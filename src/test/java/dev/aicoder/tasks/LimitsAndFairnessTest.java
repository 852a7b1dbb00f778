package dev.aicoder.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Concurrency limits hold across replicas, and a tenant with a backlog cannot starve another. */
class LimitsAndFairnessTest extends QueueDbTest {


    @Test
    void perTenantLimitHoldsAcrossTwoReplicas() {
        String type = type("tenant-limit");
        ConcurrencyProbe probe = new ConcurrencyProbe();
        TestHandler handler = new TestHandler(type, ctx -> {
            probe.enter(ctx.tenantId());
            try {
                Thread.sleep(20);
            } finally {
                probe.leave(ctx.tenantId());
            }
            return null;
        });
        UUID a = db.newTenant();
        UUID b = db.newTenant();
        List<NewTask> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tasks.add(NewTask.of(i % 2 == 0 ? a : b, type, null));
        }
        QueueSettings one = QueueSettings.forTests("limit-1", 4).withLimits(2, Map.of());
        QueueSettings two = QueueSettings.forTests("limit-2", 4).withLimits(2, Map.of());
        db.queue(one, handler).enqueueAll(tasks).await().atMost(WAIT);
        try (QueueDb replica = db.replica();
                WorkerPool first = db.workers(one, handler);
                WorkerPool second = replica.workers(two, handler)) {
            first.start();
            second.start();
            awaitAllSucceeded(type, 40);
        }
        assertThat(probe.max(a)).isEqualTo(2);
        assertThat(probe.max(b)).isEqualTo(2);
    }

    @Test
    void perTypeLimitFromConfigOrHandler() {
        String heavy = type("heavy");
        String light = type("light");
        ConcurrencyProbe probe = new ConcurrencyProbe();
        TestHandler heavyHandler = new TestHandler(heavy, ctx -> sleepIn(probe, heavy));
        TaskHandler lightHandler = new TaskHandler() {
            public String type() {
                return light;
            }

            public Object run(TaskContext ctx) throws Exception {
                return sleepIn(probe, light);
            }

            public OptionalInt maxConcurrency() {
                return OptionalInt.of(2);
            }
        };
        UUID tenant = db.newTenant();
        List<NewTask> tasks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tasks.add(NewTask.of(tenant, i % 2 == 0 ? heavy : light, null));
        }
        QueueSettings settings = QueueSettings.forTests("types", 6).withLimits(null, Map.of(heavy, 1));
        db.queue(settings, heavyHandler, lightHandler).enqueueAll(tasks).await().atMost(WAIT);
        try (WorkerPool pool = db.workers(settings, heavyHandler, lightHandler)) {
            pool.start();
            awaitAllSucceeded(heavy, 6);
            awaitAllSucceeded(light, 6);
        }
        assertThat(probe.max(heavy)).isEqualTo(1);
        assertThat(probe.max(light)).isEqualTo(2);
    }

    @Test
    void newcomerIsServedBeforeAnotherTenantsBacklogEvenWithOneWorker() {
        String type = type("fair");
        List<String> order = new CopyOnWriteArrayList<>();
        TestHandler handler = new TestHandler(type, ctx -> order.add(ctx.payload().get("who").asText()));
        UUID busy = db.newTenant();
        UUID newcomer = db.newTenant();
        QueueSettings settings = QueueSettings.forTests("fair", 1);
        TaskQueue queue = db.queue(settings, handler);
        List<NewTask> backlog = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            backlog.add(NewTask.of(busy, type, JsonNodeFactory.instance.objectNode().put("who", "busy")));
        }
        queue.enqueueAll(backlog).await().atMost(WAIT);
        for (int i = 0; i < 3; i++) {
            queue.enqueue(NewTask.of(newcomer, type, JsonNodeFactory.instance.objectNode().put("who", "newcomer")))
                    .await().atMost(WAIT);
        }
        try (WorkerPool pool = db.workers(settings, handler)) {
            pool.start();
            awaitAllSucceeded(type, 33);
        }
        // Round-robin between tenants: the newcomer's three tasks are among the first six served.
        assertThat(order.subList(0, 6)).filteredOn("newcomer"::equals).hasSize(3);
    }

    private static Object sleepIn(ConcurrencyProbe probe, String key) throws InterruptedException {
        probe.enter(key);
        try {
            Thread.sleep(40);
        } finally {
            probe.leave(key);
        }
        return null;
    }

    private static void awaitAllSucceeded(String type, int expected) {
        await().atMost(WAIT).until(() -> db.count(
                "SELECT count(*) FROM task WHERE type = $1 AND status = 'succeeded'", type) == expected);
    }
}
