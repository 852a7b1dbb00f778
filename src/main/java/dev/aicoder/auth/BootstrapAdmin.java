package dev.aicoder.auth;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.aicoder.platform.db.UniqueViolation;
import dev.aicoder.platform.logging.Redactor;
import dev.aicoder.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * First run: when no user exists, creates the platform tenant and its admin. The password comes from
 * {@code aicoder.auth.bootstrap.password}; without it a random one is printed once on the console (not the log).
 */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    @Inject
    AuthConfig config;

    @Inject
    UserRepository users;

    @Inject
    TenantRepository tenants;

    @Inject
    PasswordHasher hasher;

    void onStart(@Observes StartupEvent event) throws Throwable {
        VertxContextSupport.subscribeAndAwait(this::createIfNoUsers);
    }

    Uni<Void> createIfNoUsers() {
        return Panache.withSession(() -> users.count()).flatMap(count -> {
            if (count > 0) {
                return Uni.createFrom().voidItem();
            }
            boolean generated = config.bootstrap().password().isEmpty();
            String password = config.bootstrap().password().orElseGet(BootstrapAdmin::randomPassword);
            Redactor.register(password);
            return hasher.hash(password)
                    .flatMap(hash -> Panache.withTransaction(() -> {
                        Tenant tenant = Tenant.create(config.bootstrap().tenantName(), "default", true);
                        User admin = User.create(tenant.id, config.bootstrap().email(), "Administrator", hash,
                                Roles.ADMIN);
                        return tenants.persist(tenant).flatMap(t -> users.persist(admin)).flatMap(u -> users.flush());
                    }))
                    .invoke(() -> announce(generated, password))
                    .onFailure(UniqueViolation::is).recoverWithNull()
                    .replaceWithVoid();
        });
    }

    private void announce(boolean generated, String password) {
        LOG.infof("Created the first admin %s in tenant '%s'", config.bootstrap().email(),
                config.bootstrap().tenantName());
        if (generated) {
            // Deliberately stdout and not the logger: shown once to the operator, never stored in log files.
            System.out.printf("%n=== First start: log in as %s with password %s (change it with PUT "
                    + "/api/v1/users/me/password) ===%n%n", config.bootstrap().email(), password);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
