package dev.aicoder.analysis.security.deps.version;

/** A scheme whose versions parse into comparable values; {@link #parse} answers null for an invalid version. */
abstract class ParsedScheme<V extends Comparable<V>> implements VersionScheme {

    private final String name;

    ParsedScheme(String name) {
        this.name = name;
    }

    abstract V parse(String version);

    @Override
    public boolean isValid(String version) {
        return version != null && parse(version) != null;
    }

    @Override
    public int compare(String a, String b) {
        return require(a).compareTo(require(b));
    }

    V require(String version) {
        V v = version == null ? null : parse(version);
        if (v == null) {
            throw new IllegalArgumentException("not a " + name + " version: " + version);
        }
        return v;
    }
}
