package dev.aicoder.tasks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * {@code bench/queue.sh}: enqueues N no-op tasks, runs them with a given number of worker threads on a fresh
 * embedded PostgreSQL, and prints enqueue rate, run rate (tasks/s) and claim latency percentiles.
 * Arguments: [tasks=10000] [threads=2].
 */
public final class QueueBenchmark {

    private QueueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start(); QueueDb db = QueueDb.create(postgres)) {
            UUID tenant = db.newTenant();
            AtomicInteger done = new AtomicInteger();
            TaskHandler noop = new TestHandler(NoopTaskHandler.TYPE, ctx -> {
                done.incrementAndGet();
                return null;
            });
            QueueSettings settings = QueueSettings.forTests("bench", threads)
                    .withLease(Duration.ofSeconds(60), Duration.ofSeconds(20));
            List<NewTask> batch = new ArrayList<>(tasks);
            for (int i = 0; i < tasks; i++) {
                batch.add(NewTask.of(tenant, NoopTaskHandler.TYPE, null));
            }
            long enqueueStart = System.nanoTime();
            for (int from = 0; from < tasks; from += 1000) {
                db.queue(settings, noop).enqueueAll(batch.subList(from, Math.min(tasks, from + 1000)))
                        .await().atMost(Duration.ofMinutes(1));
            }
            double enqueueSeconds = (System.nanoTime() - enqueueStart) / 1e9;

            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            registry.config().meterFilter(new MeterFilter() {
                @Override
                public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                    return DistributionStatisticConfig.builder().percentilePrecision(3)
                            .expiry(Duration.ofHours(1)).bufferLength(1).build().merge(config);
                }
            });
            WorkerPool pool = new WorkerPool(db.store(), TaskHandlers.of(List.of(noop)), settings, QueueDb.MAPPER,
                    registry);
            long runStart = System.nanoTime();
            pool.start();
            while (done.get() < tasks) {
                Thread.sleep(5);
            }
            double runSeconds = (System.nanoTime() - runStart) / 1e9;
            pool.close();
            long succeeded = db.count("SELECT count(*) FROM task WHERE status = 'succeeded'");

            Timer claims = registry.get("aicoder.tasks.claim").tag("result", "claimed").timer();
            System.out.printf("tasks: %d, worker threads: %d, succeeded: %d%n", tasks, threads, succeeded);
            System.out.printf("enqueue: %.0f tasks/s (%.2f s, batches of 1,000)%n", tasks / enqueueSeconds,
                    enqueueSeconds);
            System.out.printf("run: %.0f tasks/s (%.2f s from start of workers to last task done)%n",
                    tasks / runSeconds, runSeconds);
            System.out.printf("claim latency: mean %.3f ms, %s, max %.3f ms (%d claims)%n",
                    claims.mean(TimeUnit.MILLISECONDS), percentiles(claims), claims.max(TimeUnit.MILLISECONDS),
                    claims.count());
            if (succeeded != tasks) {
                System.out.println("ERROR: not every task succeeded");
                System.exit(1);
            }
        }
    }

    private static String percentiles(Timer timer) {
        StringBuilder out = new StringBuilder();
        for (ValueAtPercentile p : timer.takeSnapshot().percentileValues()) {
            out.append(out.length() == 0 ? "" : ", ").append(String.format("p%.0f %.3f ms", p.percentile() * 100,
                    p.value(TimeUnit.MILLISECONDS)));
        }
        return out.toString();
    }
}
