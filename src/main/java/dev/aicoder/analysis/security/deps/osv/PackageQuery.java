package dev.aicoder.analysis.security.deps.osv;

import dev.aicoder.analysis.security.deps.Ecosystem;

/** One installed package version to look up: the unit of {@link AdvisoryIndex#lookup}. */
public record PackageQuery(Ecosystem ecosystem, String name, String version) {

    /** The package without the version, as advisories key it (name normalised for the ecosystem). */
    public PackageKey key() {
        return new PackageKey(ecosystem, ecosystem.normalize(name));
    }

    /** Ecosystem and normalised name. */
    public record PackageKey(Ecosystem ecosystem, String name) {
    }
}
