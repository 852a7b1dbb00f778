package dev.aicoder.analysis.architecture.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * A directed edge between two units: {@code from} uses {@code to} {@code count} times, first at {@code line} of
 * {@code from}'s file, in the ways listed in {@code kinds} (a bit set of {@link DependencyKind}).
 */
public record Dependency(String from, String to, int count, int kinds, int line) {

    public Set<DependencyKind> kindSet() {
        Set<DependencyKind> out = EnumSet.noneOf(DependencyKind.class);
        for (DependencyKind k : DependencyKind.values()) {
            if ((kinds & k.bit()) != 0) {
                out.add(k);
            }
        }
        return out;
    }

    public boolean has(DependencyKind kind) {
        return (kinds & kind.bit()) != 0;
    }
}
