package dev.aicoder.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Publishes the cluster-wide queue as {@code aicoder.tasks.queue{type,status}} (waiting, queued, running), refreshed
 * every 10 s from the database. Every replica reports the same numbers: aggregate with {@code max}, not {@code sum}.
 */
@ApplicationScoped
public class TaskMetrics {

    private static final Logger LOG = Logger.getLogger(TaskMetrics.class);

    private final TaskQueries queries;
    private final MultiGauge queue;
    private final boolean enabled;

    public TaskMetrics(TaskQueries queries, MeterRegistry registry, TasksConfig config) {
        this.queries = queries;
        this.enabled = config.enabled();
        this.queue = MultiGauge.builder("aicoder.tasks.queue")
                .description("Unfinished tasks across the cluster by type and status").register(registry);
    }

    @Scheduled(every = "10s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sample() {
        if (!enabled) {
            return Uni.createFrom().voidItem();
        }
        return refresh().onFailure().invoke(e -> LOG.debugf("Queue sampling failed: %s", e.toString()))
                .onFailure().recoverWithNull();
    }

    /** Reads the counts now and updates the gauge. */
    public Uni<Void> refresh() {
        return queries.activeCounts().map(counts -> {
            Map<List<String>, Long> byTypeAndStatus = new TreeMap<>((a, b) -> String.join("/", a)
                    .compareTo(String.join("/", b)));
            for (TaskQueries.Count c : counts) {
                byTypeAndStatus.merge(List.of(c.type(), c.status().label()), c.count(), Long::sum);
            }
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            byTypeAndStatus.forEach((key, n) -> rows.add(MultiGauge.Row.of(
                    Tags.of("type", key.get(0), "status", key.get(1)), n)));
            queue.register(rows, true);
            return null;
        });
    }
}
