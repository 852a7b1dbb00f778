package dev.aicoder.monitor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.aicoder.platform.events.PlatformEvent;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts bus events ({@code aicoder.events{type}}) and derives scan throughput from them:
 * {@code aicoder.scans{outcome}} and {@code aicoder.scan.files} (the {@code files} of each SCAN_COMPLETED).
 */
@ApplicationScoped
public class EventMetrics {

    private final MeterRegistry registry;

    public EventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void on(@Observes PlatformEvent event) {
        registry.counter("aicoder.events", "type", event.type().name()).increment();
        switch (event.type()) {
            case SCAN_COMPLETED -> {
                registry.counter("aicoder.scans", "outcome", "completed").increment();
                registry.counter("aicoder.scan.files").increment(Math.max(0, event.number("files", 0)));
            }
            case SCAN_FAILED -> registry.counter("aicoder.scans", "outcome", "failed").increment();
            default -> {
            }
        }
    }
}
