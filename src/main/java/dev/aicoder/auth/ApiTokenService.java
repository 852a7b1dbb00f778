package dev.aicoder.auth;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import dev.aicoder.auth.ApiTokenViews.ApiTokenView;
import dev.aicoder.auth.ApiTokenViews.CreatedApiToken;
import dev.aicoder.auth.ApiTokenViews.NewApiToken;
import dev.aicoder.platform.audit.AuditEvent;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** API tokens of the calling user: create (shown once), list, revoke. */
@ApplicationScoped
public class ApiTokenService {

    @Inject
    ApiTokenRepository tokens;

    @Inject
    AuthConfig config;

    @Inject
    Event<AuditEvent> audit;

    @WithTransaction
    public Uni<CreatedApiToken> create(Caller caller, NewApiToken request) {
        String callerRole = caller.highestRole();
        String role = request.role() == null ? callerRole : request.role();
        if (!Roles.covers(callerRole, role)) {
            return Uni.createFrom().failure(ApiException.forbidden(
                    "A token cannot have a stronger role (" + role + ") than its owner (" + callerRole + ")"));
        }
        Integer days = request.expiresInDays();
        if (days == null && config.apiTokenMaxTtl().isPresent()) {
            return Uni.createFrom().failure(ApiException.unprocessable("expiry-required",
                    "expires_in_days is required on this server"));
        }
        if (days != null && config.apiTokenMaxTtl().isPresent()
                && days > config.apiTokenMaxTtl().get().toDays()) {
            return Uni.createFrom().failure(ApiException.unprocessable("expiry-too-long",
                    "expires_in_days may be at most " + config.apiTokenMaxTtl().get().toDays()));
        }
        String secret = ApiTokens.generate();
        ApiToken token = new ApiToken();
        token.id = UUID.randomUUID();
        token.tenantId = caller.tenantId();
        token.userId = caller.userId();
        token.name = request.name();
        token.tokenHash = ApiTokens.hash(secret);
        token.prefix = ApiTokens.displayPrefix(secret);
        token.role = role;
        token.createdAt = OffsetDateTime.now();
        token.expiresAt = days == null ? null : token.createdAt.plusDays(days);
        return tokens.persist(token)
                .invoke(t -> audit.fire(caller.event("api_token.created", t.prefix, Map.of("name", t.name,
                        "role", t.role))))
                .map(t -> new CreatedApiToken(t.id, t.name, secret, t.prefix, t.role, t.expiresAt));
    }

    @WithSession
    public Uni<List<ApiTokenView>> list(Caller caller) {
        return tokens.listForUser(caller.tenantId(), caller.userId())
                .map(list -> list.stream().map(ApiTokenView::of).toList());
    }

    @WithTransaction
    public Uni<ApiTokenView> revoke(Caller caller, UUID id) {
        return tokens.findForUser(caller.tenantId(), caller.userId(), id)
                .onItem().ifNull().failWith(() -> ApiException.notFound("API token", id))
                .map(token -> {
                    if (token.revokedAt == null) {
                        token.revokedAt = OffsetDateTime.now();
                        audit.fire(caller.event("api_token.revoked", token.prefix, Map.of("name", token.name)));
                    }
                    return ApiTokenView.of(token);
                });
    }
}
