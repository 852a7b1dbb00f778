package dev.aicoder.platform.security;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.aicoder.platform.audit.AuditEvent;

/**
 * An authenticated caller as an immutable value: services take this instead of reaching for request state, so
 * they work the same from HTTP, WebSocket, a task worker or a test.
 */
public record Caller(UUID tenantId, UUID userId, String name, Set<String> roles) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The strongest of admin, member and viewer that this caller holds. */
    public String highestRole() {
        if (hasRole(Roles.ADMIN)) {
            return Roles.ADMIN;
        }
        return hasRole(Roles.MEMBER) ? Roles.MEMBER : Roles.VIEWER;
    }

    public AuditEvent event(String action, String target, Map<String, String> details) {
        return AuditEvent.success(tenantId, userId, name, action, target, details);
    }
}
