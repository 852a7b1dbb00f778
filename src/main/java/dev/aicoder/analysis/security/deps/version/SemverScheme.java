package dev.aicoder.analysis.security.deps.version;

import org.semver4j.Semver;

/**
 * Semantic Versioning 2.0 with npm's range syntax (semver4j): used for npm, crates.io (Cargo's requirement syntax
 * translated: a bare version means {@code ^version}, commas mean "and") and Go (a leading {@code v} and
 * {@code +incompatible} ignored; pseudo-versions order as pre-releases).
 */
final class SemverScheme implements VersionScheme {

    enum Flavor {
        NPM, CARGO, GO
    }

    private final Flavor flavor;

    SemverScheme(Flavor flavor) {
        this.flavor = flavor;
    }

    @Override
    public boolean isValid(String version) {
        return version != null && parse(version) != null;
    }

    @Override
    public int compare(String a, String b) {
        return require(a).compareTo(require(b));
    }

    @Override
    public boolean satisfies(String version, String constraint) {
        Semver v = require(version);
        String range = flavor == Flavor.CARGO ? cargoToNpm(constraint) : constraint;
        try {
            return v.satisfies(range.trim(), false);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid version constraint: " + constraint, e);
        }
    }

    private Semver require(String version) {
        Semver s = parse(version);
        if (s == null) {
            throw new IllegalArgumentException("not a semantic version: " + version);
        }
        return s;
    }

    private Semver parse(String version) {
        String v = version.trim();
        if (flavor == Flavor.GO || flavor == Flavor.NPM) {
            if (v.startsWith("v") || flavor == Flavor.NPM && v.startsWith("=")) {
                v = v.substring(1);
            }
            v = v.replace("+incompatible", "");
        }
        return Semver.parse(v);
    }

    /** Cargo: {@code 1.2} is {@code ^1.2}; {@code >=1.2, <1.5} is an intersection; {@code =1.2.3} is exact. */
    static String cargoToNpm(String constraint) {
        StringBuilder out = new StringBuilder();
        for (String part : constraint.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (Character.isDigit(p.charAt(0))) {
                p = "^" + p;
            }
            out.append(out.isEmpty() ? "" : " ").append(p.replace(" ", ""));
        }
        return out.toString();
    }
}
