package dev.aicoder.monitor;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.aicoder.platform.events.EventBus;
import dev.aicoder.tasks.QueueSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Every {@code aicoder.monitor.evaluation-interval}: measures the window (HTTP errors and latency, queue depth,
 * heap) and lets {@link AlertNotifier} raise or resolve alerts. Keeps the last window for the summary.
 */
@ApplicationScoped
public class MonitorTicker {

    private final MonitorConfig config;
    private final RegistryReader reader;
    private final HttpWindow window;
    private final AlertNotifier notifier;
    private volatile HttpWindow.Stats last = new HttpWindow.Stats(0, 0, null, null, null);

    public MonitorTicker(MonitorConfig config, MeterRegistry registry, EventBus bus, ObjectMapper mapper,
            QueueSettings queue) {
        this.config = config;
        this.reader = new RegistryReader(registry);
        this.window = new HttpWindow(reader);
        MonitorConfig.Alerts alerts = config.alerts();
        AlertWebhook webhook = alerts.webhookUrl().map(url -> new AlertWebhook(url, alerts.webhookSecret()
                .orElse(null), alerts.webhookTimeout(), mapper, registry.counter("aicoder.alerts.webhook.failures"),
                1000)).orElse(null);
        this.notifier = new AlertNotifier(registry, bus::publish, webhook, queue.workerName());
    }

    @Scheduled(every = "${aicoder.monitor.evaluation-interval:PT15S}", delayed = "PT10S",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void evaluate() {
        HttpWindow.Stats stats = window.advance(config.alerts().minRequests());
        last = stats;
        if (!config.alerts().enabled()) {
            return;
        }
        Readings readings = new Readings(Instant.now(), queued(), stats.requests(), stats.errorRate(),
                stats.p95Millis(), stats.slowestEndpoint(), heapUsage());
        notifier.update(AlertRules.check(readings, AlertRules.Thresholds.of(config.alerts())));
    }

    HttpWindow.Stats lastWindow() {
        return last;
    }

    List<Alert> firing() {
        return notifier.firing();
    }

    private long queued() {
        Double queued = reader.gauge("aicoder.tasks.queue", "status", "queued");
        return queued == null ? 0 : queued.longValue();
    }

    private double heapUsage() {
        Double used = reader.gauge("jvm.memory.used", "area", "heap");
        Double max = reader.gauge("jvm.memory.max", "area", "heap");
        return used == null || max == null || max <= 0 ? 0 : used / max;
    }
}
