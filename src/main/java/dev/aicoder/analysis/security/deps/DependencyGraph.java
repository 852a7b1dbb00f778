package dev.aicoder.analysis.security.deps;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a lockfile parser collects: packages, which are direct, and who depends on whom. {@link #dependencies}
 * turns it into {@link Dependency}s whose path is the shortest chain from a direct dependency.
 */
public final class DependencyGraph {

    private record Node(String name, String version, String constraint, String scope) {
    }

    private final Ecosystem ecosystem;
    private final String manifest;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Set<String> direct = new LinkedHashSet<>();
    private final Map<String, Set<String>> edges = new HashMap<>();

    public DependencyGraph(Ecosystem ecosystem, String manifest) {
        this.ecosystem = ecosystem;
        this.manifest = manifest;
    }

    public static String key(String name, String version) {
        return name + "@" + (version == null ? "?" : version);
    }

    /** Adds a package (first scope wins) and returns its key. */
    public String add(String name, String version, String scope) {
        return add(name, version, null, scope);
    }

    public String add(String name, String version, String constraint, String scope) {
        String key = key(name, version);
        nodes.putIfAbsent(key, new Node(name, version, constraint, scope));
        return key;
    }

    public void markDirect(String key) {
        direct.add(key);
    }

    public void edge(String from, String to) {
        edges.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
    }

    public boolean contains(String key) {
        return nodes.containsKey(key);
    }

    /** Every package, with its shortest path from a direct dependency (just itself when none leads to it). */
    public List<Dependency> dependencies() {
        Map<String, String> parent = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String d : direct) {
            if (nodes.containsKey(d) && seen.add(d)) {
                queue.add(d);
            }
        }
        while (!queue.isEmpty()) {
            String k = queue.poll();
            for (String child : edges.getOrDefault(k, Set.of())) {
                if (nodes.containsKey(child) && seen.add(child)) {
                    parent.put(child, k);
                    queue.add(child);
                }
            }
        }
        List<Dependency> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : nodes.entrySet()) {
            List<String> path = new ArrayList<>();
            for (String k = e.getKey(); k != null; k = parent.get(k)) {
                path.add(0, k);
            }
            Node n = e.getValue();
            out.add(new Dependency(ecosystem, n.name(), n.version(), n.constraint(), manifest,
                    direct.contains(e.getKey()), n.scope(), path));
        }
        return out;
    }
}
