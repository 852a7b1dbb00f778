package dev.aicoder.auth;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepositoryBase<ApiToken, UUID> {

    public Uni<List<ApiToken>> listForUser(UUID tenantId, UUID userId) {
        return find("tenantId = ?1 and userId = ?2", Sort.by("createdAt").descending(), tenantId, userId).list();
    }

    public Uni<ApiToken> findForUser(UUID tenantId, UUID userId, UUID id) {
        return find("tenantId = ?1 and userId = ?2 and id = ?3", tenantId, userId, id).firstResult();
    }
}
