package dev.aicoder.monitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import dev.aicoder.monitor.SummaryViews.CacheView;
import dev.aicoder.monitor.SummaryViews.DurationView;
import dev.aicoder.monitor.SummaryViews.HttpView;
import dev.aicoder.monitor.SummaryViews.LlmView;
import dev.aicoder.monitor.SummaryViews.QueueView;
import dev.aicoder.monitor.SummaryViews.ScansView;
import dev.aicoder.monitor.SummaryViews.Summary;
import dev.aicoder.monitor.SummaryViews.SystemView;
import dev.aicoder.monitor.SummaryViews.TasksView;
import dev.aicoder.monitor.SummaryViews.TypeQueueView;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.platform.security.Roles;
import dev.aicoder.tasks.QueueSettings;
import dev.aicoder.tasks.TaskQueries;
import dev.aicoder.tasks.TaskStatus;
import dev.aicoder.tasks.TaskWorkers;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;

/**
 * Builds the metrics summary from the registry (this replica) and the task table (the cluster). Task counts are the
 * caller's tenant's; platform admins also get the whole cluster's.
 */
@ApplicationScoped
public class MetricsSummaryService {

    private final RegistryReader reader;
    private final MonitorTicker ticker;
    private final MonitorConfig config;
    private final TaskQueries tasks;
    private final TaskWorkers workers;
    private final String instance;

    public MetricsSummaryService(MeterRegistry registry, MonitorTicker ticker, MonitorConfig config,
            TaskQueries tasks, TaskWorkers workers, QueueSettings queue) {
        this.reader = new RegistryReader(registry);
        this.ticker = ticker;
        this.config = config;
        this.tasks = tasks;
        this.workers = workers;
        this.instance = queue.workerName();
    }

    public Uni<Summary> summary(Caller caller) {
        return tasks.activeCounts().map(counts -> new Summary(Instant.now(), instance, system(), http(),
                new TasksView(queue(counts.stream().filter(c -> c.tenantId().equals(caller.tenantId())).toList()),
                        caller.hasRole(Roles.PLATFORM_ADMIN) ? queue(counts) : null, workers.active(), durations()),
                scans(), llm(), cache(), events(), ticker.firing()));
    }

    private SystemView system() {
        Double used = reader.gauge("jvm.memory.used", "area", "heap");
        Double max = reader.gauge("jvm.memory.max", "area", "heap");
        var gc = reader.timers("jvm.gc.pause");
        return new SystemView(reader.gauge("system.cpu.count"), reader.gauge("system.cpu.usage"),
                reader.gauge("process.cpu.usage"), reader.gauge("system.load.average.1m"), used, max,
                used == null || max == null || max <= 0 ? null : used / max,
                reader.gauge("jvm.memory.used", "area", "nonheap"),
                gc.stream().mapToLong(Timer::count).sum(),
                gc.stream().mapToDouble(t -> t.totalTime(TimeUnit.SECONDS)).sum(),
                reader.gauge("jvm.threads.live"), reader.gauge("jvm.threads.peak"), reader.gauge("disk.free"),
                reader.gauge("disk.total"), reader.gauge("process.uptime"));
    }

    private HttpView http() {
        var timers = reader.timers(MeterSetup.HTTP_REQUESTS);
        long total = timers.stream().mapToLong(Timer::count).sum();
        long errors = timers.stream().filter(t -> String.valueOf(t.getId().getTag("status")).startsWith("5"))
                .mapToLong(Timer::count).sum();
        HttpWindow.Stats window = ticker.lastWindow();
        return new HttpView(total, errors, config.evaluationInterval().toSeconds(), window.requests(),
                window.errorRate(), window.slowestEndpoint(), window.p95Millis());
    }

    private static QueueView queue(List<TaskQueries.Count> counts) {
        Map<String, long[]> byType = new TreeMap<>();
        long[] total = new long[3];
        for (TaskQueries.Count c : counts) {
            int slot = c.status() == TaskStatus.WAITING ? 0 : c.status() == TaskStatus.QUEUED ? 1 : 2;
            byType.computeIfAbsent(c.type(), t -> new long[3])[slot] += c.count();
            total[slot] += c.count();
        }
        List<TypeQueueView> types = new ArrayList<>();
        byType.forEach((type, n) -> types.add(new TypeQueueView(type, n[0], n[1], n[2])));
        return new QueueView(total[0], total[1], total[2], types);
    }

    private List<DurationView> durations() {
        Map<String, List<Timer>> byType = new TreeMap<>();
        reader.timers("aicoder.tasks.duration")
                .forEach(t -> byType.computeIfAbsent(t.getId().getTag("type"), k -> new ArrayList<>()).add(t));
        List<DurationView> views = new ArrayList<>();
        byType.forEach((type, timers) -> {
            long count = timers.stream().mapToLong(Timer::count).sum();
            double total = timers.stream().mapToDouble(t -> t.totalTime(TimeUnit.MILLISECONDS)).sum();
            double max = timers.stream().mapToDouble(t -> t.max(TimeUnit.MILLISECONDS)).max().orElse(0);
            long failed = timers.stream().filter(t -> "failed".equals(t.getId().getTag("outcome")))
                    .mapToLong(Timer::count).sum();
            views.add(new DurationView(type, count, count == 0 ? 0 : total / count, max, failed));
        });
        return views;
    }

    private ScansView scans() {
        Double completed = reader.counter("aicoder.scans", "outcome", "completed");
        Double failed = reader.counter("aicoder.scans", "outcome", "failed");
        return completed == null && failed == null ? null
                : new ScansView(completed, failed, reader.counter("aicoder.scan.files"));
    }

    private LlmView llm() {
        Double calls = reader.counter("aicoder.llm.calls");
        return calls == null ? null : new LlmView(calls, reader.counter("aicoder.llm.tokens", "direction", "input"),
                reader.counter("aicoder.llm.tokens", "direction", "output"), reader.counter("aicoder.llm.cost"));
    }

    private CacheView cache() {
        Double hits = reader.counter("aicoder.cache.requests", "result", "hit");
        Double misses = reader.counter("aicoder.cache.requests", "result", "miss");
        if (hits == null && misses == null) {
            return null;
        }
        double h = hits == null ? 0 : hits;
        double m = misses == null ? 0 : misses;
        return new CacheView(h, m, h + m == 0 ? null : h / (h + m));
    }

    private Map<String, Long> events() {
        Map<String, Long> events = new TreeMap<>();
        for (Counter c : reader.registry().find("aicoder.events").counters()) {
            events.put(c.getId().getTag("type"), (long) c.count());
        }
        return events;
    }
}
