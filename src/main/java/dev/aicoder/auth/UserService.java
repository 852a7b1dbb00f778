package dev.aicoder.auth;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import dev.aicoder.auth.UserViews.MeView;
import dev.aicoder.auth.UserViews.NewUser;
import dev.aicoder.auth.UserViews.PasswordChange;
import dev.aicoder.auth.UserViews.UserUpdate;
import dev.aicoder.auth.UserViews.UserView;
import dev.aicoder.platform.audit.AuditEvent;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.platform.db.Paging;
import dev.aicoder.platform.db.UniqueViolation;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.web.Page;
import dev.aicoder.platform.web.PageParams;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** User administration inside one tenant. The caller's tenant always comes from {@link Caller}, never the request. */
@ApplicationScoped
public class UserService {

    @Inject
    UserRepository users;

    @Inject
    TenantRepository tenants;

    @Inject
    PasswordHasher hasher;

    @Inject
    Event<AuditEvent> audit;

    public Uni<UserView> create(Caller caller, NewUser request) {
        return hasher.hash(request.password())
                .flatMap(hash -> insert(User.create(caller.tenantId(), request.email(), request.displayName(), hash,
                        request.roleOrDefault())))
                .invoke(user -> audit.fire(caller.event("user.created", user.email,
                        Map.of("role", user.role))))
                .map(UserView::of);
    }

    @WithTransaction
    Uni<User> insert(User user) {
        return users.persistAndFlush(user)
                .onFailure(UniqueViolation::is)
                .transform(e -> ApiException.conflict("email-taken", "A user with this email already exists"));
    }

    @WithSession
    public Uni<Page<UserView>> list(Caller caller, PageParams page) {
        return Paging.page(users.listInTenant(caller.tenantId()), page, UserView::of);
    }

    @WithSession
    public Uni<UserView> get(Caller caller, UUID id) {
        return find(caller, id).map(UserView::of);
    }

    @WithSession
    public Uni<MeView> me(Caller caller) {
        return users.findWithTenant(caller.tenantId(), caller.userId())
                .onItem().ifNull().failWith(() -> ApiException.notFound("User", caller.userId()))
                .map(row -> new MeView(UserView.of((User) row[0]), TenantViews.TenantView.of((Tenant) row[1]),
                        caller.roles()));
    }

    @WithTransaction
    public Uni<UserView> update(Caller caller, UUID id, UserUpdate update) {
        return find(caller, id).flatMap(user -> {
            boolean losesAdmin = "admin".equals(user.role)
                    && ((update.role() != null && !"admin".equals(update.role()))
                            || Boolean.TRUE.equals(update.disabled()));
            Uni<Void> guard = losesAdmin ? requireAnotherAdmin(caller) : Uni.createFrom().voidItem();
            return guard.map(v -> {
                String oldRole = user.role;
                if (update.role() != null) {
                    user.role = update.role();
                }
                if (update.disabled() != null) {
                    user.disabled = update.disabled();
                }
                if (update.displayName() != null) {
                    user.displayName = update.displayName();
                }
                if (!Objects.equals(oldRole, user.role)) {
                    audit.fire(caller.event("user.role_changed", user.email,
                            Map.of("from", oldRole, "to", user.role)));
                }
                if (update.disabled() != null) {
                    audit.fire(caller.event(user.disabled ? "user.disabled" : "user.enabled", user.email, Map.of()));
                }
                return UserView.of(user);
            });
        });
    }

    @WithTransaction
    public Uni<Void> delete(Caller caller, UUID id) {
        if (id.equals(caller.userId())) {
            return Uni.createFrom().failure(ApiException.conflict("cannot-delete-self",
                    "You cannot delete your own account; ask another admin"));
        }
        return find(caller, id).flatMap(user -> ("admin".equals(user.role) ? requireAnotherAdmin(caller)
                : Uni.createFrom().voidItem())
                .flatMap(v -> users.delete(user))
                .invoke(() -> audit.fire(caller.event("user.deleted", user.email, Map.of()))));
    }

    public Uni<Void> changePassword(Caller caller, PasswordChange change) {
        return findInSession(caller, caller.userId())
                .flatMap(user -> hasher.matches(change.currentPassword(), user.passwordHash))
                .flatMap(ok -> {
                    if (!ok) {
                        return Uni.createFrom().failure(ApiException.unprocessable("wrong-password",
                                "The current password is wrong"));
                    }
                    return hasher.hash(change.newPassword());
                })
                .flatMap(hash -> storePassword(caller.userId(), hash))
                .invoke(() -> audit.fire(caller.event("user.password_changed", caller.name(), Map.of())));
    }

    @WithTransaction
    Uni<Void> storePassword(UUID userId, String hash) {
        return users.update("passwordHash = ?1 where id = ?2", hash, userId).replaceWithVoid();
    }

    @WithSession
    Uni<User> findInSession(Caller caller, UUID id) {
        return find(caller, id);
    }

    private Uni<User> find(Caller caller, UUID id) {
        return users.findInTenant(caller.tenantId(), id)
                .onItem().ifNull().failWith(() -> ApiException.notFound("User", id));
    }

    private Uni<Void> requireAnotherAdmin(Caller caller) {
        return users.countAdmins(caller.tenantId()).flatMap(count -> count > 1
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(ApiException.conflict("last-admin",
                        "This is the tenant's last active admin; make someone else admin first")));
    }
}
