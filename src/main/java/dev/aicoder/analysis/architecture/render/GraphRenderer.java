package dev.aicoder.analysis.architecture.render;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aicoder.analysis.architecture.ArchitectureReport.Edge;
import dev.aicoder.analysis.architecture.ArchitectureReport.Graph;
import dev.aicoder.analysis.architecture.ArchitectureReport.Node;
import dev.aicoder.analysis.architecture.graph.Cycle;

/**
 * Renders a graph as Mermaid flowchart or Graphviz DOT source. Edges inside a dependency cycle are drawn red.
 * Mermaid is meant for pages, so it keeps the {@code maxNodes} most connected nodes and says what it left out.
 */
public final class GraphRenderer {

    private GraphRenderer() {
    }

    public static String mermaid(Graph g, List<Cycle> cycles, int maxNodes) {
        Set<String> kept = mostConnected(g, maxNodes);
        Set<String> red = cycleEdges(cycles);
        Map<String, String> ids = new LinkedHashMap<>();
        StringBuilder b = new StringBuilder("graph LR\n");
        if (kept.size() < g.nodes().size()) {
            b.append("  %% ").append(g.nodes().size() - kept.size()).append(" less connected nodes left out\n");
        }
        for (Node n : g.nodes()) {
            if (kept.contains(n.id())) {
                String id = "n" + ids.size();
                ids.put(n.id(), id);
                b.append("  ").append(id).append("[\"").append(mermaidText(n.label())).append(" (").append(n.size())
                        .append(")\"]\n");
            }
        }
        int index = 0;
        StringBuilder styles = new StringBuilder();
        for (Edge e : g.edges()) {
            if (ids.containsKey(e.from()) && ids.containsKey(e.to())) {
                b.append("  ").append(ids.get(e.from())).append(" -->|").append(e.weight()).append("| ")
                        .append(ids.get(e.to())).append('\n');
                if (red.contains(e.from() + "\n" + e.to())) {
                    styles.append("  linkStyle ").append(index).append(" stroke:#d62728,stroke-width:2px\n");
                }
                index++;
            }
        }
        return b.append(styles).toString();
    }

    public static String dot(Graph g, List<Cycle> cycles) {
        Set<String> red = cycleEdges(cycles);
        StringBuilder b = new StringBuilder("digraph architecture {\n  rankdir=LR;\n  node [shape=box, "
                + "style=rounded, fontname=\"Helvetica\"];\n");
        for (Node n : g.nodes()) {
            b.append("  ").append(quote(n.id())).append(" [label=").append(quote(n.label() + " (" + n.size() + ")"))
                    .append("];\n");
        }
        for (Edge e : g.edges()) {
            b.append("  ").append(quote(e.from())).append(" -> ").append(quote(e.to())).append(" [label=\"")
                    .append(e.weight()).append('"');
            if (red.contains(e.from() + "\n" + e.to())) {
                b.append(", color=\"#d62728\", penwidth=2");
            }
            b.append("];\n");
        }
        return b.append("}\n").toString();
    }

    private static Set<String> cycleEdges(List<Cycle> cycles) {
        Set<String> out = new HashSet<>();
        for (Cycle c : cycles) {
            List<String> s = c.shortest();
            for (int i = 0; i < s.size(); i++) {
                out.add(s.get(i) + "\n" + s.get((i + 1) % s.size()));
            }
        }
        return out;
    }

    private static Set<String> mostConnected(Graph g, int max) {
        Map<String, Integer> degree = new HashMap<>();
        g.nodes().forEach(n -> degree.put(n.id(), 0));
        for (Edge e : g.edges()) {
            degree.merge(e.from(), 1, Integer::sum);
            degree.merge(e.to(), 1, Integer::sum);
        }
        Set<String> kept = new HashSet<>();
        degree.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).limit(max).forEach(e -> kept.add(e.getKey()));
        return kept;
    }

    private static String mermaidText(String s) {
        return s.replace("\"", "#quot;").replace("\n", " ");
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + '"';
    }
}
