package dev.aicoder.platform.events;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened inside the application, delivered in process by {@link EventBus}.
 *
 * @param type what happened
 * @param tenantId the tenant it concerns, or {@code null} for system-wide events (alerts, model loading)
 * @param subject the id of the object it concerns (task id, scan id, model name), or {@code null}
 * @param data small, JSON-friendly details (numbers, strings, booleans); never a secret
 * @param at when it happened
 */
public record PlatformEvent(EventType type, UUID tenantId, String subject, Map<String, Object> data, Instant at) {

    public PlatformEvent {
        Objects.requireNonNull(type, "type");
        data = data == null ? Map.of() : Map.copyOf(data);
        at = at == null ? Instant.now() : at;
    }

    public static PlatformEvent of(EventType type, UUID tenantId, Object subject, Map<String, Object> data) {
        return new PlatformEvent(type, tenantId, subject == null ? null : subject.toString(), data, Instant.now());
    }

    /** A number from {@link #data()}, or {@code fallback} when absent or not a number. */
    public long number(String key, long fallback) {
        return data.get(key) instanceof Number n ? n.longValue() : fallback;
    }
}
