package dev.aicoder.analysis.security.deps.version;

/**
 * Version ordering and constraint syntax of one ecosystem. {@link #compare} must be a total order on valid
 * versions; callers check {@link #isValid} first and treat invalid versions (git refs, paths) as unknown.
 */
public interface VersionScheme {

    boolean isValid(String version);

    /** Negative, zero or positive as {@code a} sorts before, equal to or after {@code b}. */
    int compare(String a, String b);

    /**
     * Whether {@code version} meets {@code constraint} written in the ecosystem's own syntax (e.g. npm
     * {@code ^1.2 || >=3}, PEP 440 {@code >=1.0,!=1.5.*}, Maven {@code [1.0,2.0)}, RubyGems {@code ~> 2.3}).
     *
     * @throws IllegalArgumentException when the constraint cannot be parsed
     */
    boolean satisfies(String version, String constraint);
}
