package dev.aicoder.analysis.architecture;

import java.util.List;
import java.util.Map;

import dev.aicoder.analysis.architecture.graph.Cycle;
import dev.aicoder.analysis.architecture.metrics.ClassMetrics;
import dev.aicoder.analysis.architecture.metrics.PackageMetrics;
import dev.aicoder.analysis.architecture.solid.Violation;
import dev.aicoder.analysis.architecture.suggest.Suggestion;

/**
 * What the architecture analyzer publishes under {@code "architecture"}: the package graph and the unit (class or
 * file) graph, metrics, cycles, design violations, ranked suggestions, and renderings of the package graph.
 */
public record ArchitectureReport(Summary summary, Graph packages, Graph units, List<PackageMetrics> packageMetrics,
        List<ClassMetrics> classMetrics, List<Cycle> packageCycles, List<Cycle> unitCycles,
        List<Violation> violations, List<Suggestion> suggestions, Renderings renderings) {

    /** The artifact kind under which the report is published and stored. */
    public static final String KIND = "architecture";

    /**
     * @param mostCoupled packages with the highest Ca + Ce, worst first (annotation-only packages left out)
     * @param unparsed files that could not be parsed and were left out
     */
    public record Summary(int units, int packages, int dependencies, int lines, Map<String, Integer> languages,
            int packageCycles, int unitCycles, List<String> mostCoupled, int unparsed, long millis) {
    }

    public record Graph(List<Node> nodes, List<Edge> edges) {
    }

    /** @param size units in a package, lines in a unit */
    public record Node(String id, String label, String container, String kind, int size) {
    }

    public record Edge(String from, String to, int weight, List<String> kinds) {
    }

    /** The package graph as Mermaid and Graphviz DOT source; cycle edges drawn in red. */
    public record Renderings(String mermaid, String dot) {
    }
}
