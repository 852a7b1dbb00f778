package dev.aicoder.platform.security;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Reads the {@code tenant} and subject claims of a JWT into identity attributes. A token without a well-formed
 * tenant claim is rejected outright: it could otherwise reach tenant-owned data with no tenant to filter by.
 */
@ApplicationScoped
public class TenantClaimAugmentor implements SecurityIdentityAugmentor {

    public static final String TENANT_CLAIM = "tenant";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        UUID tenant = uuidClaim(jwt.getClaim(TENANT_CLAIM));
        UUID user = uuidClaim(jwt.getSubject());
        if (tenant == null || user == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("token lacks tenant or subject"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .addAttribute(CurrentUser.TENANT_ATTRIBUTE, tenant)
                .addAttribute(CurrentUser.USER_ATTRIBUTE, user)
                .build());
    }

    private static UUID uuidClaim(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
