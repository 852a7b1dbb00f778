package dev.aicoder.monitor;

import java.time.Instant;

/**
 * The values thresholds are checked against, measured over the last evaluation window. A {@code null} means
 * "not enough data" (too few requests), and leaves the alert as it was.
 *
 * @param queued ready tasks waiting for a worker, cluster-wide
 * @param requests HTTP requests in the window
 * @param errorRate share of those answered with a 5xx
 * @param p95Millis 95th percentile latency of the slowest endpoint with enough requests
 * @param slowestEndpoint that endpoint, as {@code METHOD uri}
 * @param heapUsage used / max heap
 */
public record Readings(Instant at, long queued, long requests, Double errorRate, Double p95Millis,
        String slowestEndpoint, double heapUsage) {
}
