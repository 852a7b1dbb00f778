package dev.aicoder.monitor;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/metrics/summary}. Sections of capabilities whose meters are absent are {@code null}
 * ("not measured here"), never zeros.
 */
public final class SummaryViews {

    private SummaryViews() {
    }

    public record Summary(Instant generatedAt, String instance, SystemView system, HttpView http, TasksView tasks,
            ScansView scans, LlmView llm, CacheView cache, Map<String, Long> events, List<Alert> alerts) {
    }

    public record SystemView(Double cpuCount, Double systemCpuUsage, Double processCpuUsage, Double loadAverage1m,
            Double heapUsedBytes, Double heapMaxBytes, Double heapUsage, Double nonHeapUsedBytes, Long gcPauses,
            Double gcPauseSeconds, Double threadsLive, Double threadsPeak, Double diskFreeBytes,
            Double diskTotalBytes, Double uptimeSeconds) {
    }

    /** Totals since start, and the last evaluation window (error rate and slowest endpoint's p95). */
    public record HttpView(long requestsTotal, long serverErrorsTotal, long windowSeconds, long windowRequests,
            Double windowErrorRate, String slowestEndpoint, Double slowestP95Ms) {
    }

    public record TasksView(QueueView tenant, QueueView cluster, int runningHere, List<DurationView> durations) {
    }

    public record QueueView(long waiting, long queued, long running, List<TypeQueueView> byType) {
    }

    public record TypeQueueView(String type, long waiting, long queued, long running) {
    }

    /** Tasks finished on this replica since start, by type (all outcomes). */
    public record DurationView(String type, long count, double meanMs, double maxMs, long failed) {
    }

    public record ScansView(Double completed, Double failed, Double files) {
    }

    public record LlmView(Double calls, Double inputTokens, Double outputTokens, Double costUsd) {
    }

    public record CacheView(Double hits, Double misses, Double hitRatio) {
    }
}
