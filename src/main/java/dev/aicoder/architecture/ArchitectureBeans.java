package dev.aicoder.architecture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.vertx.mutiny.sqlclient.Pool;

/** CDI producers of the architecture capability's plain-Java parts. */
@ApplicationScoped
public class ArchitectureBeans {

    @Produces
    @Singleton
    SuggestionStore suggestionStore(Pool pool) {
        return new SuggestionStore(pool);
    }
}
