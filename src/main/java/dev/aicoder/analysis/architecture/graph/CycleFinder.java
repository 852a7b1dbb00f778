package dev.aicoder.analysis.architecture.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Finds the cycles of a graph: Tarjan components, the shortest cycle of each, and the cheapest edge to cut. */
public final class CycleFinder {

    /** How many start nodes the shortest-cycle search tries per component (best-connected first). */
    static final int MAX_STARTS = 200;

    private CycleFinder() {
    }

    /**
     * @param references for an edge {@code (from, to)}, the finer-grained references behind it (may be empty)
     */
    public static List<Cycle> find(Digraph g, String level, BiFunction<String, String, List<String>> references) {
        List<Cycle> out = new ArrayList<>();
        for (List<String> component : StronglyConnected.cyclic(g)) {
            List<String> shortest = ShortestCycle.in(g, component, MAX_STARTS);
            String cutFrom = null;
            String cutTo = null;
            int cutWeight = Integer.MAX_VALUE;
            for (int i = 0; i < shortest.size(); i++) {
                String from = shortest.get(i);
                String to = shortest.get((i + 1) % shortest.size());
                int w = g.weight(from, to);
                if (w < cutWeight) {
                    cutWeight = w;
                    cutFrom = from;
                    cutTo = to;
                }
            }
            out.add(new Cycle(level, component, shortest, cutFrom, cutTo, cutWeight == Integer.MAX_VALUE ? 0 : cutWeight,
                    cutFrom == null ? List.of() : references.apply(cutFrom, cutTo)));
        }
        return out;
    }
}
