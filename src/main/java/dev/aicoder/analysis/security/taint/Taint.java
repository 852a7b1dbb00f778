package dev.aicoder.analysis.security.taint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The abstract value of an expression: the set of origins that may have reached it (empty = clean). Immutable;
 * kept small (a few origins) so that large methods stay cheap.
 */
public final class Taint {

    public static final Taint CLEAN = new Taint(List.of());
    private static final int MAX_ORIGINS = 6;

    private final List<Origin> origins;

    private Taint(List<Origin> origins) {
        this.origins = origins;
    }

    public static Taint of(Origin origin) {
        return new Taint(List.of(origin));
    }

    public static Taint union(Collection<Taint> taints) {
        Taint out = CLEAN;
        for (Taint t : taints) {
            out = out.or(t);
        }
        return out;
    }

    public List<Origin> origins() {
        return origins;
    }

    public boolean clean() {
        return origins.isEmpty();
    }

    public boolean dangerousFor(TaintKind kind) {
        return origins.stream().anyMatch(o -> o.dangerousFor(kind));
    }

    public Taint or(Taint other) {
        if (other == null || other.origins.isEmpty() || other == this) {
            return this;
        }
        if (origins.isEmpty()) {
            return other;
        }
        Map<Object, Origin> merged = new LinkedHashMap<>();
        for (Origin o : origins) {
            merged.putIfAbsent(o.key(), o);
        }
        for (Origin o : other.origins) {
            if (merged.size() >= MAX_ORIGINS) {
                break;
            }
            merged.putIfAbsent(o.key(), o);
        }
        return merged.size() == origins.size() ? this : new Taint(List.copyOf(merged.values()));
    }

    public Taint map(UnaryOperator<Origin> f) {
        if (origins.isEmpty()) {
            return this;
        }
        List<Origin> out = new ArrayList<>(origins.size());
        origins.forEach(o -> out.add(f.apply(o)));
        return new Taint(List.copyOf(out));
    }

    public Taint then(Step step) {
        return map(o -> o.then(step));
    }

    public Taint neutralize(Set<TaintKind> kinds) {
        return map(o -> o.neutralize(kinds));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Taint t && t.origins.equals(origins);
    }

    @Override
    public int hashCode() {
        return origins.hashCode();
    }

    @Override
    public String toString() {
        return origins.toString();
    }
}
