package dev.aicoder.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.aicoder.platform.error.ApiException;
import io.quarkus.scheduler.Scheduled;

/**
 * Counts failed logins per client address in a fixed window. Per-account lockout lives on the user row (shared by
 * all replicas); this per-address limit is per replica and stops password spraying across many accounts.
 */
@ApplicationScoped
public class IpLoginThrottle {

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    AuthConfig config;

    public void checkAllowed(String address) {
        Window window = windows.get(address);
        Instant now = Instant.now();
        if (window != null && window.isOpen(now, config.ipWindow()) && window.failures >= config.ipMaxFailures()) {
            long retryAfter = Math.max(1, Duration.between(now, window.start.plus(config.ipWindow())).toSeconds());
            throw ApiException.tooManyRequests("login-rate-limited",
                    "Too many failed logins from your address; try again in " + retryAfter + " s", retryAfter);
        }
    }

    public void recordFailure(String address) {
        Instant now = Instant.now();
        windows.compute(address, (key, w) -> {
            if (w == null || !w.isOpen(now, config.ipWindow())) {
                return new Window(now, 1);
            }
            return new Window(w.start, w.failures + 1);
        });
    }

    @Scheduled(every = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void evictExpired() {
        Instant now = Instant.now();
        windows.values().removeIf(w -> !w.isOpen(now, config.ipWindow()));
    }

    private record Window(Instant start, int failures) {
        boolean isOpen(Instant now, Duration length) {
            return now.isBefore(start.plus(length));
        }
    }
}
