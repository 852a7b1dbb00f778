package dev.aicoder.llm;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What is known about each tenant's providers: last latency, last error (a status or exception name, never a
 * key or a response body), and until when a rate-limited model is skipped.
 */
@ApplicationScoped
public class ProviderHealth {

    /** Latest observation of one provider for one tenant. */
    public record State(boolean healthy, Long latencyMs, String lastError, Instant checkedAt) {
    }

    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final Map<String, Instant> rateLimitedUntil = new ConcurrentHashMap<>();

    void success(UUID tenantId, String provider, long latencyMs) {
        states.put(tenantId + "/" + provider, new State(true, latencyMs, null, Instant.now()));
    }

    void failure(UUID tenantId, String provider, String error) {
        states.compute(tenantId + "/" + provider, (k, old) -> new State(false,
                old == null ? null : old.latencyMs(), error, Instant.now()));
    }

    Optional<State> state(UUID tenantId, String provider) {
        return Optional.ofNullable(states.get(tenantId + "/" + provider));
    }

    void rateLimited(UUID tenantId, String modelId, Duration forHowLong) {
        rateLimitedUntil.put(tenantId + "/" + modelId, Instant.now().plus(forHowLong));
    }

    boolean isRateLimited(UUID tenantId, String modelId) {
        Instant until = rateLimitedUntil.get(tenantId + "/" + modelId);
        return until != null && until.isAfter(Instant.now());
    }
}
