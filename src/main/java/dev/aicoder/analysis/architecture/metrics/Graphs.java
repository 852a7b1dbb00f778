package dev.aicoder.analysis.architecture.metrics;

import dev.aicoder.analysis.architecture.graph.Digraph;
import dev.aicoder.analysis.architecture.model.CodeUnit;
import dev.aicoder.analysis.architecture.model.Dependency;
import dev.aicoder.analysis.architecture.model.ProjectModel;

/** The unit graph and the container (package) graph of a model, edge weights being reference counts. */
public final class Graphs {

    private Graphs() {
    }

    public static Digraph units(ProjectModel model) {
        Digraph g = new Digraph();
        model.units().forEach(u -> g.node(u.id()));
        for (Dependency d : model.edges()) {
            g.edge(d.from(), d.to(), d.count());
        }
        return g;
    }

    public static Digraph containers(ProjectModel model) {
        Digraph g = new Digraph();
        model.units().forEach(u -> g.node(u.container()));
        for (Dependency d : model.edges()) {
            CodeUnit from = model.unit(d.from()).orElseThrow();
            CodeUnit to = model.unit(d.to()).orElseThrow();
            g.edge(from.container(), to.container(), d.count());
        }
        return g;
    }
}
