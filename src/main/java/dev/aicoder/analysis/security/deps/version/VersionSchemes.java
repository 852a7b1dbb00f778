package dev.aicoder.analysis.security.deps.version;

import dev.aicoder.analysis.security.deps.Ecosystem;

/** The version scheme of each ecosystem. */
public final class VersionSchemes {

    private static final VersionScheme MAVEN = new MavenScheme();
    private static final VersionScheme NPM = new SemverScheme(SemverScheme.Flavor.NPM);
    private static final VersionScheme CARGO = new SemverScheme(SemverScheme.Flavor.CARGO);
    private static final VersionScheme GO = new SemverScheme(SemverScheme.Flavor.GO);
    private static final VersionScheme PYPI = new Pep440Scheme();
    private static final VersionScheme RUBYGEMS = new RubyGemsScheme();
    private static final VersionScheme PACKAGIST = new PackagistScheme();

    private VersionSchemes() {
    }

    public static VersionScheme of(Ecosystem ecosystem) {
        return switch (ecosystem) {
            case MAVEN -> MAVEN;
            case NPM -> NPM;
            case CARGO -> CARGO;
            case GO -> GO;
            case PYPI -> PYPI;
            case RUBYGEMS -> RUBYGEMS;
            case PACKAGIST -> PACKAGIST;
        };
    }

    /** Plain semantic versions, for OSV ranges of type {@code SEMVER}. */
    public static VersionScheme semver() {
        return GO; // tolerant of a leading "v", otherwise strict SemVer 2.0
    }
}
