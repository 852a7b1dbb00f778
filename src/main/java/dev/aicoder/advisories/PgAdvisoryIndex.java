package dev.aicoder.advisories;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.aicoder.analysis.security.deps.osv.AdvisoryIndex;
import dev.aicoder.analysis.security.deps.osv.OsvAdvisory;
import dev.aicoder.analysis.security.deps.osv.PackageQuery;
import dev.aicoder.analysis.security.deps.osv.PackageQuery.PackageKey;
import io.vertx.core.Context;

/**
 * The server's advisory index: imported advisories read from PostgreSQL. Analyzers call it synchronously from
 * the scan's worker threads; calling it on an event-loop thread is a bug and fails fast.
 */
public final class PgAdvisoryIndex implements AdvisoryIndex {

    private final AdvisoryStore store;
    private final Duration timeout;

    public PgAdvisoryIndex(AdvisoryStore store, Duration timeout) {
        this.store = store;
        this.timeout = timeout;
    }

    @Override
    public Map<PackageQuery, List<OsvAdvisory>> lookup(Collection<PackageQuery> queries) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("advisory lookups block; run the analyzer off the event loop");
        }
        Set<PackageKey> keys = queries.stream().map(PackageQuery::key).collect(Collectors.toSet());
        Map<PackageKey, List<OsvAdvisory>> found = store.find(keys).await().atMost(timeout);
        Map<PackageQuery, List<OsvAdvisory>> out = new LinkedHashMap<>();
        queries.forEach(q -> out.put(q, found.getOrDefault(q.key(), List.of())));
        return out;
    }

    @Override
    public String describe() {
        return "postgres";
    }
}
