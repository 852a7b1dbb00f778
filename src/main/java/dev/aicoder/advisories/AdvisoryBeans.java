package dev.aicoder.advisories;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.aicoder.analysis.security.deps.osv.AdvisoryIndex;
import dev.aicoder.analysis.security.deps.osv.CompositeAdvisoryIndex;
import dev.aicoder.analysis.security.deps.osv.OsvApiAdvisoryIndex;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * CDI producers: the advisory store, and the {@link AdvisoryIndex} the scan engine hands to
 * {@code SupplyChainAnalyzers} on the server (PostgreSQL, plus the OSV API when configured).
 */
@ApplicationScoped
public class AdvisoryBeans {

    @Produces
    @Singleton
    AdvisoryStore store(Pool pool) {
        return new AdvisoryStore(pool);
    }

    @Produces
    @Singleton
    AdvisoryIndex index(AdvisoryStore store, AdvisoryConfig config) {
        List<AdvisoryIndex> indexes = new ArrayList<>();
        indexes.add(new PgAdvisoryIndex(store, config.lookupTimeout()));
        if (config.osvApi().enabled()) {
            indexes.add(new OsvApiAdvisoryIndex(config.osvApi().url(), config.osvApi().timeout()));
        }
        return indexes.size() == 1 ? indexes.get(0) : new CompositeAdvisoryIndex(indexes);
    }
}
