package dev.aicoder.auth;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import dev.aicoder.platform.audit.AuditEvent;
import dev.aicoder.platform.error.ApiException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Password login with two brakes: per-account lockout after repeated failures (stored on the user, so it holds
 * across replicas) and a per-address limit. Unknown emails and wrong passwords look the same to the caller.
 */
@ApplicationScoped
public class LoginService {

    @Inject
    UserRepository users;

    @Inject
    TenantRepository tenants;

    @Inject
    PasswordHasher hasher;

    @Inject
    JwtIssuer issuer;

    @Inject
    IpLoginThrottle ipThrottle;

    @Inject
    AuthConfig config;

    @Inject
    Event<AuditEvent> audit;

    public Uni<TokenResponse> login(LoginRequest request, String address) {
        ipThrottle.checkAllowed(address);
        return Panache.withSession(() -> users.findByEmail(request.email()))
                .flatMap(user -> {
                    if (user != null && user.isLocked(OffsetDateTime.now())) {
                        return Uni.createFrom().failure(locked(user));
                    }
                    return hasher.matches(request.password(), user == null ? null : user.passwordHash)
                            .flatMap(ok -> ok && !user.disabled ? succeed(user) : fail(user, request, address));
                });
    }

    private Uni<TokenResponse> succeed(User user) {
        return Panache.withTransaction(() -> users.update(
                "failedLogins = 0, lockedUntil = null, lastLoginAt = ?1 where id = ?2", OffsetDateTime.now(), user.id)
                .flatMap(n -> tenants.findById(user.tenantId)))
                .map(tenant -> {
                    audit.fire(AuditEvent.success(user.tenantId, user.id, user.email, "auth.login", user.email,
                            Map.of()));
                    return issuer.issue(user, tenant != null && tenant.platform);
                });
    }

    private Uni<TokenResponse> fail(User user, LoginRequest request, String address) {
        ipThrottle.recordFailure(address);
        if (user == null) {
            audit.fire(AuditEvent.failure(null, null, request.email(), "auth.login", request.email(),
                    Map.of("reason", "unknown user", "address", address)));
            return Uni.createFrom().failure(invalidCredentials());
        }
        OffsetDateTime lockUntil = OffsetDateTime.now().plus(config.lockout());
        return Panache.withTransaction(() -> users.update(
                "failedLogins = failedLogins + 1, lockedUntil = case when failedLogins + 1 >= ?1 then ?2 "
                        + "else lockedUntil end where id = ?3",
                config.maxFailedLogins(), lockUntil, user.id)
                .flatMap(n -> users.findById(user.id)))
                .flatMap(updated -> {
                    audit.fire(AuditEvent.failure(user.tenantId, user.id, user.email, "auth.login", user.email,
                            Map.of("reason", user.disabled ? "disabled" : "wrong password", "address", address)));
                    if (updated != null && updated.isLocked(OffsetDateTime.now())) {
                        return Uni.createFrom().failure(locked(updated));
                    }
                    return Uni.createFrom().failure(invalidCredentials());
                });
    }

    private static ApiException invalidCredentials() {
        return new ApiException(401, "invalid-credentials", "Invalid credentials",
                "The email or password is wrong, or the account is disabled");
    }

    private static ApiException locked(User user) {
        long retryAfter = Math.max(1, Duration.between(OffsetDateTime.now(), user.lockedUntil).toSeconds());
        return ApiException.tooManyRequests("account-locked",
                "Too many failed logins for this account; it is locked for " + retryAfter + " s", retryAfter);
    }
}
