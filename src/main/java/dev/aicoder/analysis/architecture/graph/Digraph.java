package dev.aicoder.analysis.architecture.graph;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A directed graph over named nodes with a weight per edge (how many references it stands for). */
public final class Digraph {

    private final Map<String, Map<String, Integer>> out = new LinkedHashMap<>();

    public Digraph node(String n) {
        out.computeIfAbsent(n, k -> new LinkedHashMap<>());
        return this;
    }

    /** Adds {@code weight} to edge {@code from → to}; self-loops are ignored. */
    public Digraph edge(String from, String to, int weight) {
        node(to);
        if (!from.equals(to)) {
            out.computeIfAbsent(from, k -> new LinkedHashMap<>()).merge(to, weight, Integer::sum);
        } else {
            node(from);
        }
        return this;
    }

    public Set<String> nodes() {
        return out.keySet();
    }

    public Collection<String> successors(String n) {
        return out.getOrDefault(n, Map.of()).keySet();
    }

    public int weight(String from, String to) {
        return out.getOrDefault(from, Map.of()).getOrDefault(to, 0);
    }

    public int edgeCount() {
        return out.values().stream().mapToInt(Map::size).sum();
    }
}
