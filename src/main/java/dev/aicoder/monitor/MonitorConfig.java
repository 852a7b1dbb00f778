package dev.aicoder.monitor;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Metrics summary, thresholds and alert delivery ({@code aicoder.monitor.*}). */
@ConfigMapping(prefix = "aicoder.monitor")
public interface MonitorConfig {

    /** How often thresholds are evaluated; error rate and latency are measured over this window too. */
    @WithDefault("PT15S")
    Duration evaluationInterval();

    Alerts alerts();

    /** Thresholds; an alert fires when a value goes above its threshold and resolves when it is back under. */
    interface Alerts {
        @WithDefault("true")
        boolean enabled();

        /** Queued (ready) tasks across the cluster. */
        @WithDefault("1000")
        long queueDepth();

        /** Share of HTTP requests answered with a 5xx within the window (0–1). */
        @WithDefault("0.05")
        double errorRate();

        /** Requests needed in the window before the error rate and latency are judged. */
        @WithDefault("20")
        long minRequests();

        /** 95th percentile latency of the slowest endpoint (among those with enough requests). */
        @WithDefault("PT2S")
        Duration p95Latency();

        /** Used heap as a share of the maximum heap (0–1). */
        @WithDefault("0.90")
        double heapUsage();

        /** Where alerts are POSTed as JSON (optional). */
        Optional<URI> webhookUrl();

        /** When set, each delivery carries {@code X-Aicoder-Signature: sha256=<HMAC of the body>}. */
        Optional<String> webhookSecret();

        /** Timeout of one delivery attempt (three attempts in all). */
        @WithDefault("PT5S")
        Duration webhookTimeout();
    }
}
