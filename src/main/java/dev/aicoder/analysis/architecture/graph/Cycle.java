package dev.aicoder.analysis.architecture.graph;

import java.util.List;

/**
 * A dependency cycle: the strongly connected component, its shortest cycle, and the weakest edge of that cycle
 * (the one carried by the fewest references: the cheapest place to cut it).
 *
 * @param level {@code package} or {@code unit}
 * @param members every node of the component, sorted
 * @param shortest the shortest cycle, first node not repeated at the end
 * @param cutFrom the source of the weakest edge of the shortest cycle
 * @param cutTo the target of that edge
 * @param cutWeight how many references the weakest edge stands for
 * @param cutReferences for package cycles, the unit-level references behind the weakest edge ({@code A -> B})
 */
public record Cycle(String level, List<String> members, List<String> shortest, String cutFrom, String cutTo,
        int cutWeight, List<String> cutReferences) {

    public Cycle {
        members = List.copyOf(members);
        shortest = List.copyOf(shortest);
        cutReferences = List.copyOf(cutReferences);
    }

    /** {@code a -> b -> c -> a}. */
    public String path() {
        return shortest.isEmpty() ? "" : String.join(" -> ", shortest) + " -> " + shortest.get(0);
    }
}
