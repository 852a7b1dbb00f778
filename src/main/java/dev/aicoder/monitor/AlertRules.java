package dev.aicoder.monitor;

import java.time.Duration;
import java.util.List;

/** Compares {@link Readings} with the configured thresholds. Pure logic. */
public final class AlertRules {

    public static final String QUEUE_DEPTH = "queue_depth";
    public static final String ERROR_RATE = "error_rate";
    public static final String P95_LATENCY = "p95_latency";
    public static final String HEAP_USAGE = "heap_usage";

    private AlertRules() {
    }

    /** Threshold values; see {@link MonitorConfig.Alerts}. */
    public record Thresholds(long queueDepth, double errorRate, Duration p95Latency, double heapUsage) {

        static Thresholds of(MonitorConfig.Alerts alerts) {
            return new Thresholds(alerts.queueDepth(), alerts.errorRate(), alerts.p95Latency(), alerts.heapUsage());
        }
    }

    /** One rule's verdict; {@code value == null} means it could not be judged this time. */
    public record Check(String alert, Double value, double threshold, String unit, String detail) {

        public boolean breached() {
            return value != null && value > threshold;
        }
    }

    public static List<Check> check(Readings r, Thresholds t) {
        return List.of(
                new Check(QUEUE_DEPTH, (double) r.queued(), t.queueDepth(), "tasks", "ready tasks waiting"),
                new Check(ERROR_RATE, r.errorRate(), t.errorRate(), "ratio",
                        r.requests() + " requests in the window"),
                new Check(P95_LATENCY, r.p95Millis(), t.p95Latency().toMillis(), "ms",
                        r.slowestEndpoint() == null ? "no endpoint with enough requests" : r.slowestEndpoint()),
                new Check(HEAP_USAGE, r.heapUsage(), t.heapUsage(), "ratio", "used / max heap"));
    }
}
