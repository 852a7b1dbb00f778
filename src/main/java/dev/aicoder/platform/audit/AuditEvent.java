package dev.aicoder.platform.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A security-relevant action (login, key change, role change, approval), fired as a CDI event by the service that
 * performed it. Observers persist or count it; the event itself never carries a secret value.
 */
public record AuditEvent(UUID tenantId, UUID actorId, String actor, String action, String target, String outcome,
        Map<String, String> details, Instant at) {

    public static AuditEvent success(UUID tenantId, UUID actorId, String actor, String action, String target,
            Map<String, String> details) {
        return new AuditEvent(tenantId, actorId, actor, action, target, "success", details, Instant.now());
    }

    public static AuditEvent failure(UUID tenantId, UUID actorId, String actor, String action, String target,
            Map<String, String> details) {
        return new AuditEvent(tenantId, actorId, actor, action, target, "failure", details, Instant.now());
    }
}
