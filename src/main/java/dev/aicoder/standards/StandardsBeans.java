package dev.aicoder.standards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.vertx.mutiny.sqlclient.Pool;

/** CDI producers of the standards capability's plain-Java parts. */
@ApplicationScoped
public class StandardsBeans {

    @Produces
    @Singleton
    RulePackStore rulePackStore(Pool pool) {
        return new RulePackStore(pool);
    }

    @Produces
    @Singleton
    ProfileStore profileStore(Pool pool) {
        return new ProfileStore(pool);
    }
}
