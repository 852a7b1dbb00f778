package dev.aicoder.analysis.architecture.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the extractors learned about a code base: units (types or files) grouped in containers (packages or
 * folders), the dependency edges between units, and for Java the per-class facts used by cohesion, god class and
 * SOLID checks. Built once by a {@link Builder}, then read-only.
 */
public final class ProjectModel {

    private final Map<String, CodeUnit> units;
    private final Map<String, Map<String, Dependency>> out;
    private final Map<String, ClassFacts> facts;

    private ProjectModel(Map<String, CodeUnit> units, Map<String, Map<String, Dependency>> out,
            Map<String, ClassFacts> facts) {
        this.units = units;
        this.out = out;
        this.facts = facts;
    }

    public Collection<CodeUnit> units() {
        return units.values();
    }

    public Optional<CodeUnit> unit(String id) {
        return Optional.ofNullable(units.get(id));
    }

    /** Outgoing edges of {@code id} by target. */
    public Map<String, Dependency> dependencies(String id) {
        return out.getOrDefault(id, Map.of());
    }

    public List<Dependency> edges() {
        List<Dependency> all = new ArrayList<>();
        out.values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    public Optional<ClassFacts> facts(String id) {
        return Optional.ofNullable(facts.get(id));
    }

    public Collection<ClassFacts> allFacts() {
        return facts.values();
    }

    /** Units by container, containers sorted by name. */
    public Map<String, List<CodeUnit>> byContainer() {
        Map<String, List<CodeUnit>> m = new TreeMap<>();
        for (CodeUnit u : units.values()) {
            m.computeIfAbsent(u.container(), k -> new ArrayList<>()).add(u);
        }
        return m;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects units, edges and facts; not thread-safe (extractors merge per-file results in one thread). */
    public static final class Builder {
        private final Map<String, CodeUnit> units = new LinkedHashMap<>();
        private final Map<String, Map<String, Dependency>> out = new LinkedHashMap<>();
        private final Map<String, ClassFacts> facts = new LinkedHashMap<>();

        public Builder unit(CodeUnit unit) {
            units.putIfAbsent(unit.id(), unit);
            return this;
        }

        public boolean has(String id) {
            return units.containsKey(id);
        }

        /** Adds {@code count} uses of {@code to} by {@code from}; self-edges are ignored. */
        public Builder depend(String from, String to, DependencyKind kind, int count, int line) {
            return depend(from, to, kind.bit(), count, line);
        }

        /** Adds {@code count} uses of {@code to} by {@code from} in the ways of the bit set {@code kinds}. */
        public Builder depend(String from, String to, int kinds, int count, int line) {
            if (from.equals(to)) {
                return this;
            }
            out.computeIfAbsent(from, k -> new LinkedHashMap<>()).merge(to,
                    new Dependency(from, to, count, kinds, line),
                    (a, b) -> new Dependency(from, to, a.count() + b.count(), a.kinds() | b.kinds(),
                            a.line() == 0 ? b.line() : b.line() == 0 ? a.line() : Math.min(a.line(), b.line())));
            return this;
        }

        public Builder facts(ClassFacts f) {
            facts.put(f.id(), f);
            return this;
        }

        /** The model; edges to unknown units are dropped. */
        public ProjectModel build() {
            Map<String, Map<String, Dependency>> kept = new LinkedHashMap<>();
            out.forEach((from, targets) -> {
                if (!units.containsKey(from)) {
                    return;
                }
                Map<String, Dependency> m = new LinkedHashMap<>();
                targets.forEach((to, d) -> {
                    if (units.containsKey(to)) {
                        m.put(to, d);
                    }
                });
                if (!m.isEmpty()) {
                    kept.put(from, m);
                }
            });
            return new ProjectModel(units, kept, facts);
        }
    }
}
