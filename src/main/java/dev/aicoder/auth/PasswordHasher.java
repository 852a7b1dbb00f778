package dev.aicoder.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/** bcrypt hashing off the event loop; a check takes tens of milliseconds by design. */
@ApplicationScoped
public class PasswordHasher {

    /** Compared against when the user does not exist, so that unknown emails take as long as wrong passwords. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password-0123456789", 10);

    @Inject
    Vertx vertx;

    @Inject
    AuthConfig config;

    public Uni<String> hash(String password) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> BcryptUtil.bcryptHash(password, config.bcryptCost())),
                false);
    }

    public Uni<Boolean> matches(String password, String hash) {
        String against = hash == null ? DUMMY_HASH : hash;
        return vertx.executeBlocking(Uni.createFrom().item(() -> safeMatches(password, against) && hash != null),
                false);
    }

    private static boolean safeMatches(String password, String hash) {
        try {
            return BcryptUtil.matches(password, hash);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
