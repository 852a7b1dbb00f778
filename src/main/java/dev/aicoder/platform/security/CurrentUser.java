package dev.aicoder.platform.security;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, for the current request. Every tenant-owned query takes the tenant from here, never from the
 * request body or path. Resources hand {@link #caller()} to services.
 */
@RequestScoped
public class CurrentUser {

    public static final String TENANT_ATTRIBUTE = "aicoder.tenant";
    public static final String USER_ATTRIBUTE = "aicoder.user";

    @Inject
    SecurityIdentity identity;

    public Caller caller() {
        return of(identity);
    }

    public static Caller of(SecurityIdentity identity) {
        Object tenant = identity.getAttribute(TENANT_ATTRIBUTE);
        Object user = identity.getAttribute(USER_ATTRIBUTE);
        if (identity.isAnonymous() || tenant == null || user == null) {
            throw new UnauthorizedException("not authenticated");
        }
        return new Caller((UUID) tenant, (UUID) user, identity.getPrincipal().getName(),
                Set.copyOf(identity.getRoles()));
    }
}
