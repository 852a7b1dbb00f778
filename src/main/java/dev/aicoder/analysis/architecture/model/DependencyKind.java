package dev.aicoder.analysis.architecture.model;

/** How one unit uses another; a dependency edge keeps the set of kinds seen. */
public enum DependencyKind {
    IMPORT, EXTENDS, IMPLEMENTS, FIELD, PARAMETER, INSTANTIATES, CALL, REFERENCE;

    public int bit() {
        return 1 << ordinal();
    }
}
