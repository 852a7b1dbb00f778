package dev.aicoder.monitor;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;

/**
 * HTTP traffic since the previous call, from Quarkus' {@code http.server.requests} timers: requests, 5xx errors,
 * and the slowest endpoint by windowed 95th percentile among those with at least {@code minRequests} requests.
 */
final class HttpWindow {

    private final RegistryReader reader;
    private final Map<Meter.Id, Long> previous = new HashMap<>();

    HttpWindow(RegistryReader reader) {
        this.reader = reader;
    }

    synchronized Stats advance(long minRequests) {
        long requests = 0;
        long errors = 0;
        double worstP95 = -1;
        String worst = null;
        for (Timer timer : reader.timers(MeterSetup.HTTP_REQUESTS)) {
            long count = timer.count();
            long delta = count - previous.getOrDefault(timer.getId(), 0L);
            previous.put(timer.getId(), count);
            if (delta <= 0) {
                continue;
            }
            requests += delta;
            String status = timer.getId().getTag("status");
            if (status != null && status.startsWith("5")) {
                errors += delta;
            }
            double p95 = p95Millis(timer);
            if (delta >= minRequests && p95 > worstP95) {
                worstP95 = p95;
                worst = timer.getId().getTag("method") + " " + timer.getId().getTag("uri");
            }
        }
        boolean judged = requests >= minRequests;
        return new Stats(requests, errors, judged ? (double) errors / requests : null,
                worst == null ? null : worstP95, worst);
    }

    private static double p95Millis(Timer timer) {
        for (ValueAtPercentile p : timer.takeSnapshot().percentileValues()) {
            if (Math.abs(p.percentile() - 0.95) < 1e-9) {
                return p.value(TimeUnit.MILLISECONDS);
            }
        }
        return timer.max(TimeUnit.MILLISECONDS);
    }

    /** One window's figures; rate and latency are null when there were too few requests to judge. */
    record Stats(long requests, long errors, Double errorRate, Double p95Millis, String slowestEndpoint) {
    }
}
