package dev.aicoder.auth;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import dev.aicoder.auth.TenantViews.CreatedTenant;
import dev.aicoder.auth.TenantViews.NewTenant;
import dev.aicoder.auth.TenantViews.TenantView;
import dev.aicoder.auth.UserViews.UserView;
import dev.aicoder.platform.audit.AuditEvent;
import dev.aicoder.platform.db.Paging;
import dev.aicoder.platform.db.UniqueViolation;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.platform.security.Roles;
import dev.aicoder.platform.web.Page;
import dev.aicoder.platform.web.PageParams;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Organisations. Creating and listing them is for platform admins; everyone may read their own. */
@ApplicationScoped
public class TenantService {

    @Inject
    TenantRepository tenants;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    Event<AuditEvent> audit;

    public Uni<CreatedTenant> create(Caller caller, NewTenant request) {
        return hasher.hash(request.admin().password()).flatMap(hash -> insert(request, hash))
                .invoke(created -> audit.fire(caller.event("tenant.created", created.tenant().slug(),
                        Map.of("admin", created.admin().email()))));
    }

    @WithTransaction
    Uni<CreatedTenant> insert(NewTenant request, String adminHash) {
        Tenant tenant = Tenant.create(request.name(), request.slug(), false);
        User admin = User.create(tenant.id, request.admin().email(), request.admin().displayName(), adminHash,
                Roles.ADMIN);
        return tenants.persist(tenant)
                .flatMap(t -> users.persist(admin))
                .flatMap(u -> tenants.flush())
                .map(v -> new CreatedTenant(TenantView.of(tenant), UserView.of(admin)))
                .onFailure(UniqueViolation::is)
                .transform(e -> ApiException.conflict("tenant-or-email-taken",
                        "The slug or the admin email is already in use"));
    }

    @WithSession
    public Uni<Page<TenantView>> list(PageParams page) {
        return Paging.page(tenants.findAll(Sort.by("slug")), page, TenantView::of);
    }

    @WithSession
    public Uni<TenantView> current(Caller caller) {
        return tenants.findById(caller.tenantId())
                .onItem().ifNull().failWith(() -> ApiException.notFound("Tenant", caller.tenantId()))
                .map(TenantView::of);
    }
}
