package dev.aicoder.auth;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Users; every lookup by id is scoped to a tenant. */
@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<User, UUID> {

    public Uni<User> findByEmail(String email) {
        return find("lower(email) = ?1", email.trim().toLowerCase()).firstResult();
    }

    public Uni<User> findInTenant(UUID tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResult();
    }

    /** The user and their tenant in one query (the hot path of {@code GET /users/me}); null when absent. */
    public Uni<Object[]> findWithTenant(UUID tenantId, UUID id) {
        return getSession().flatMap(session -> session.createSelectionQuery(
                "select u, t from User u join Tenant t on t.id = u.tenantId where u.tenantId = :tenant and u.id = :id",
                Object[].class).setParameter("tenant", tenantId).setParameter("id", id).getSingleResultOrNull());
    }

    public io.quarkus.hibernate.reactive.panache.PanacheQuery<User> listInTenant(UUID tenantId) {
        return find("tenantId", Sort.by("email"), tenantId);
    }

    public Uni<Long> countAdmins(UUID tenantId) {
        return count("tenantId = ?1 and role = 'admin' and disabled = false", tenantId);
    }
}
