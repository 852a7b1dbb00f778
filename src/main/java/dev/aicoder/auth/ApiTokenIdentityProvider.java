package dev.aicoder.auth;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Resolves an API token by its hash with one indexed query. A revoked or expired token, or one whose owner is
 * disabled or gone, fails; the token never grants more than its owner's current role.
 */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenRequest> {

    private static final String LOOKUP = """
            SELECT t.id, t.tenant_id, t.user_id, t.role AS token_role, t.expires_at, t.revoked_at,
                   u.email, u.role AS user_role, u.disabled
            FROM api_token t JOIN app_user u ON u.id = t.user_id AND u.tenant_id = t.tenant_id
            WHERE t.token_hash = $1""";
    private static final String TOUCH = """
            UPDATE api_token SET last_used_at = now()
            WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')""";

    @Inject
    Pool pool;

    @Override
    public Class<ApiTokenRequest> getRequestType() {
        return ApiTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiTokenRequest request, AuthenticationRequestContext context) {
        return pool.preparedQuery(LOOKUP).execute(Tuple.of(ApiTokens.hash(request.token())))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw new AuthenticationFailedException("unknown API token");
                    }
                    return toIdentity(rows.iterator().next());
                });
    }

    private SecurityIdentity toIdentity(Row row) {
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime expires = row.getOffsetDateTime("expires_at");
        if (row.getOffsetDateTime("revoked_at") != null || (expires != null && expires.isBefore(now))
                || row.getBoolean("disabled")) {
            throw new AuthenticationFailedException("API token revoked, expired or owner disabled");
        }
        String tokenRole = row.getString("token_role");
        String userRole = row.getString("user_role");
        String effective = Roles.covers(userRole, tokenRole) ? tokenRole : userRole;
        UUID tokenId = row.getUUID("id");
        pool.preparedQuery(TOUCH).execute(Tuple.of(tokenId)).subscribe().with(ok -> {
        }, failure -> {
        });
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(row.getString("email")))
                .addRoles(Roles.impliedBy(effective))
                .addAttribute(CurrentUser.TENANT_ATTRIBUTE, row.getUUID("tenant_id"))
                .addAttribute(CurrentUser.USER_ATTRIBUTE, row.getUUID("user_id"))
                .addAttribute("aicoder.api-token", tokenId)
                .build();
    }
}
