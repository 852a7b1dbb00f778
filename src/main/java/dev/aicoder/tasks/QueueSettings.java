package dev.aicoder.tasks;

import java.time.Duration;
import java.util.Map;

/**
 * Settings of the queue core as plain values, built from {@link TasksConfig} in the application and directly by
 * tests and the benchmark.
 *
 * @param workerThreads tasks this process runs at once (0 = enqueue only, no workers)
 * @param tenantLimit running tasks per tenant across replicas, {@code null} for no limit
 * @param typeLimits running tasks per type across replicas (config; handlers' own limits are merged in later)
 * @param progressInterval least time between two progress writes of one task
 */
public record QueueSettings(String workerName, int workerThreads, Duration lease, Duration heartbeatInterval,
        Duration pollInterval, Duration reapInterval, Integer tenantLimit, Map<String, Integer> typeLimits,
        int defaultMaxAttempts, Duration backoffInitial, Duration backoffMax, Duration progressInterval,
        int maxPayloadBytes, Duration shutdownGrace) {

    public QueueSettings {
        typeLimits = Map.copyOf(typeLimits);
        if (heartbeatInterval.compareTo(lease) >= 0) {
            throw new IllegalArgumentException("the heartbeat interval must be shorter than the lease");
        }
    }

    /** Defaults suited to tests and the benchmark: short lease, quick polling. */
    public static QueueSettings forTests(String workerName, int threads) {
        return new QueueSettings(workerName, threads, Duration.ofSeconds(30), Duration.ofSeconds(10),
                Duration.ofMillis(200), Duration.ofSeconds(1), null, Map.of(), 3, Duration.ofMillis(50),
                Duration.ofSeconds(5), Duration.ofMillis(100), 256 * 1024, Duration.ofSeconds(5));
    }

    public QueueSettings withLease(Duration newLease, Duration newHeartbeat) {
        return new QueueSettings(workerName, workerThreads, newLease, newHeartbeat, pollInterval, reapInterval,
                tenantLimit, typeLimits, defaultMaxAttempts, backoffInitial, backoffMax, progressInterval,
                maxPayloadBytes, shutdownGrace);
    }

    public QueueSettings withLimits(Integer perTenant, Map<String, Integer> perType) {
        return new QueueSettings(workerName, workerThreads, lease, heartbeatInterval, pollInterval, reapInterval,
                perTenant, perType, defaultMaxAttempts, backoffInitial, backoffMax, progressInterval,
                maxPayloadBytes, shutdownGrace);
    }

    /** Delay before attempt {@code attempt + 1}: initial × 2^(attempt−1), capped, plus up to 20% jitter. */
    public Duration backoff(int attempt) {
        double base = backoffInitial.toMillis() * Math.pow(2, Math.max(0, attempt - 1));
        double capped = Math.min(base, backoffMax.toMillis());
        return Duration.ofMillis((long) (capped * (1 + 0.2 * Math.random())));
    }
}
