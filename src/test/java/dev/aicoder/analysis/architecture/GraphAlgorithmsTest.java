package dev.aicoder.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.aicoder.analysis.architecture.graph.Cycle;
import dev.aicoder.analysis.architecture.graph.CycleFinder;
import dev.aicoder.analysis.architecture.graph.Digraph;
import dev.aicoder.analysis.architecture.graph.ShortestCycle;
import dev.aicoder.analysis.architecture.graph.StronglyConnected;

class GraphAlgorithmsTest {

    @Test
    void findsComponentsWithCyclesOnly() {
        Digraph g = new Digraph().edge("a", "b", 1).edge("b", "c", 1).edge("c", "a", 1).edge("c", "d", 1)
                .edge("d", "e", 1).edge("e", "d", 1).edge("x", "a", 1).edge("y", "y", 1);
        List<List<String>> sccs = StronglyConnected.cyclic(g);
        assertThat(sccs).containsExactly(List.of("a", "b", "c"), List.of("d", "e"));
    }

    @Test
    void deepChainDoesNotOverflowTheStack() {
        Digraph g = new Digraph();
        for (int i = 0; i < 100_000; i++) {
            g.edge("n" + i, "n" + (i + 1), 1);
        }
        g.edge("n100000", "n0", 1);
        assertThat(StronglyConnected.cyclic(g)).singleElement().extracting(List::size).isEqualTo(100_001);
    }

    @Test
    void shortestCycleInsideALargerComponent() {
        Digraph g = new Digraph().edge("a", "b", 1).edge("b", "c", 1).edge("c", "d", 1).edge("d", "a", 1)
                .edge("c", "b", 1);
        List<String> component = StronglyConnected.cyclic(g).get(0);
        assertThat(component).containsExactly("a", "b", "c", "d");
        assertThat(ShortestCycle.in(g, component, 10)).containsExactlyInAnyOrder("b", "c").hasSize(2);
    }

    @Test
    void cutsTheWeakestEdgeOfTheShortestCycle() {
        Digraph g = new Digraph().edge("ui", "core", 9).edge("core", "db", 7).edge("db", "ui", 1);
        Cycle c = CycleFinder.find(g, "package", (a, b) -> List.of(a + "->" + b)).get(0);
        assertThat(c.shortest()).hasSize(3);
        assertThat(c.cutFrom()).isEqualTo("db");
        assertThat(c.cutTo()).isEqualTo("ui");
        assertThat(c.cutWeight()).isEqualTo(1);
        assertThat(c.cutReferences()).containsExactly("db->ui");
        assertThat(c.path()).startsWith(c.shortest().get(0)).endsWith(c.shortest().get(0));
    }
}
