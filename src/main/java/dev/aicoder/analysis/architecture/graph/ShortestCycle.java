package dev.aicoder.analysis.architecture.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shortest cycle inside a strongly connected component, found by a breadth-first search back to the start
 * from each node of the component (the best-connected nodes first, at most {@code maxStarts} of them; a cycle of
 * two ends the search at once). Returned as the node sequence without repeating the first node.
 */
public final class ShortestCycle {

    private ShortestCycle() {
    }

    public static List<String> in(Digraph g, List<String> component, int maxStarts) {
        Set<String> members = new HashSet<>(component);
        List<String> starts = new ArrayList<>(component);
        starts.sort(Comparator.comparingInt((String n) -> -degreeWithin(g, n, members)).thenComparing(n -> n));
        List<String> best = null;
        for (String start : starts.subList(0, Math.min(maxStarts, starts.size()))) {
            List<String> c = cycleThrough(g, start, members, best == null ? Integer.MAX_VALUE : best.size());
            if (c != null && (best == null || c.size() < best.size())) {
                best = c;
                if (best.size() == 2) {
                    break;
                }
            }
        }
        return best == null ? List.of() : best;
    }

    private static int degreeWithin(Digraph g, String n, Set<String> members) {
        return (int) g.successors(n).stream().filter(members::contains).count();
    }

    private static List<String> cycleThrough(Digraph g, String start, Set<String> members, int limit) {
        Map<String, String> parent = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        depth.put(start, 0);
        while (!queue.isEmpty()) {
            String n = queue.poll();
            int d = depth.get(n);
            if (d + 1 >= limit) {
                return null;
            }
            for (String next : g.successors(n)) {
                if (!members.contains(next)) {
                    continue;
                }
                if (next.equals(start)) {
                    List<String> path = new ArrayList<>();
                    for (String p = n; p != null; p = parent.get(p)) {
                        path.add(p);
                    }
                    Collections.reverse(path);
                    return path;
                }
                if (!depth.containsKey(next)) {
                    depth.put(next, d + 1);
                    parent.put(next, n);
                    queue.add(next);
                }
            }
        }
        return null;
    }
}
