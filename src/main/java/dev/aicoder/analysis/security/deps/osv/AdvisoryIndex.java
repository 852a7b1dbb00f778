package dev.aicoder.analysis.security.deps.osv;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where the dependency analyzer finds advisories. The analyzer never touches a database or the network itself:
 * the CLI passes an in-memory index read from a folder or zip of OSV files ({@link OsvFiles}), the server one
 * backed by PostgreSQL, and either may be combined with the OSV query API ({@link OsvApiAdvisoryIndex}).
 */
public interface AdvisoryIndex {

    /**
     * Candidate advisories for each queried package. An index may return advisories that do not affect the exact
     * version (the caller matches versions itself) but must not leave out ones that do.
     */
    Map<PackageQuery, List<OsvAdvisory>> lookup(Collection<PackageQuery> queries);

    /** Where the advisories come from, for reports ({@code osv-files:/path}, {@code postgres}, {@code osv-api}). */
    String describe();

    /** An index with no advisories (dependency inventory only). */
    static AdvisoryIndex empty() {
        return new InMemoryAdvisoryIndex(List.of(), "none");
    }
}
