package dev.aicoder.analysis.security.deps;

import java.util.Locale;
import java.util.Optional;

/**
 * Package ecosystems, named as in the OSV schema ({@code affected[].package.ecosystem}) and as package-URL types.
 * Names are normalised per ecosystem so that lockfiles and advisories meet: PyPI per PEP 503, Packagist and
 * crates.io in lower case, Maven as {@code group:artifact}.
 */
public enum Ecosystem {
    MAVEN("Maven", "maven"),
    NPM("npm", "npm"),
    PYPI("PyPI", "pypi"),
    GO("Go", "golang"),
    CARGO("crates.io", "cargo"),
    RUBYGEMS("RubyGems", "gem"),
    PACKAGIST("Packagist", "composer");

    private final String osvName;
    private final String purlType;

    Ecosystem(String osvName, String purlType) {
        this.osvName = osvName;
        this.purlType = purlType;
    }

    public String osvName() {
        return osvName;
    }

    public String purlType() {
        return purlType;
    }

    /** The ecosystem of an OSV {@code ecosystem} value; {@code "PyPI:3.12"}-style suffixes are ignored. */
    public static Optional<Ecosystem> fromOsv(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String base = value.contains(":") ? value.substring(0, value.indexOf(':')) : value;
        for (Ecosystem e : values()) {
            if (e.osvName.equalsIgnoreCase(base.trim())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The canonical form of a package name, used as the lookup key. */
    public String normalize(String name) {
        String n = name.trim();
        return switch (this) {
            case PYPI -> n.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
            case PACKAGIST, CARGO -> n.toLowerCase(Locale.ROOT);
            default -> n;
        };
    }
}
