package dev.aicoder.auth;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.aicoder.platform.security.Roles;
import dev.aicoder.platform.security.TenantClaimAugmentor;
import io.smallrye.jwt.build.Jwt;

/** Signs login JWTs (RS256): subject = user id, upn = email, groups = roles, {@code tenant} = tenant id. */
@ApplicationScoped
public class JwtIssuer {

    @Inject
    AuthConfig config;

    public TokenResponse issue(User user, boolean platformTenant) {
        Set<String> groups = new HashSet<>(Roles.impliedBy(user.role));
        if (platformTenant && Roles.ADMIN.equals(user.role)) {
            groups.add(Roles.PLATFORM_ADMIN);
        }
        long ttl = config.tokenTtl().toSeconds();
        String token = Jwt.issuer(config.issuer())
                .subject(user.id.toString())
                .upn(user.email)
                .groups(groups)
                .claim(TenantClaimAugmentor.TENANT_CLAIM, user.tenantId.toString())
                .expiresIn(ttl)
                .sign();
        return new TokenResponse(token, "Bearer", ttl);
    }
}
