package dev.aicoder.analysis.architecture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.aicoder.analysis.architecture.graph.Cycle;
import dev.aicoder.analysis.architecture.graph.CycleFinder;
import dev.aicoder.analysis.architecture.graph.Digraph;
import dev.aicoder.analysis.architecture.metrics.ClassMetrics;
import dev.aicoder.analysis.architecture.metrics.Graphs;
import dev.aicoder.analysis.architecture.metrics.MetricsCalculator;
import dev.aicoder.analysis.architecture.metrics.PackageMetrics;
import dev.aicoder.analysis.architecture.model.CodeUnit;
import dev.aicoder.analysis.architecture.model.Dependency;
import dev.aicoder.analysis.architecture.model.ProjectModel;
import dev.aicoder.analysis.architecture.model.UnitKind;
import dev.aicoder.analysis.architecture.render.GraphRenderer;
import dev.aicoder.analysis.architecture.solid.ClassChecks;
import dev.aicoder.analysis.architecture.solid.DipCheck;
import dev.aicoder.analysis.architecture.solid.IspCheck;
import dev.aicoder.analysis.architecture.solid.OcpCheck;
import dev.aicoder.analysis.architecture.solid.PackageChecks;
import dev.aicoder.analysis.architecture.solid.Violation;
import dev.aicoder.analysis.architecture.suggest.Suggestion;
import dev.aicoder.analysis.architecture.suggest.SuggestionExplainer;
import dev.aicoder.analysis.architecture.suggest.SuggestionPlanner;

/** Turns a {@link ProjectModel} into an {@link ArchitectureReport}: metrics, cycles, checks, suggestions. */
public final class ArchitectureAssessment {

    static final int MERMAID_MAX_NODES = 60;

    private ArchitectureAssessment() {
    }

    public static ArchitectureReport assess(ProjectModel model, ArchitectureSettings settings,
            SuggestionExplainer explainer, int unparsed, long startedNanos) {
        Digraph packageGraph = Graphs.containers(model);
        Digraph unitGraph = Graphs.units(model);
        List<Cycle> packageCycles = CycleFinder.find(packageGraph, "package", (a, b) -> references(model, a, b));
        List<Cycle> unitCycles = CycleFinder.find(unitGraph, "unit", (a, b) -> List.of());
        List<PackageMetrics> packageMetrics = MetricsCalculator.packages(model);
        List<ClassMetrics> classMetrics = MetricsCalculator.classes(model);
        List<Violation> violations = new ArrayList<>(ClassChecks.run(model, settings));
        violations.addAll(DipCheck.run(model));
        violations.addAll(IspCheck.run(model, settings));
        violations.addAll(OcpCheck.run(model));
        violations.addAll(PackageChecks.run(packageMetrics, model.byContainer(), settings));
        violations.sort(Comparator.comparing(Violation::path).thenComparingInt(Violation::line)
                .thenComparing(Violation::rule));
        List<Suggestion> suggestions = SuggestionPlanner.plan(model, packageCycles, violations,
                settings.maxSuggestions(), explainer);
        ArchitectureReport.Graph packages = packageGraph(model, packageGraph);
        ArchitectureReport.Graph units = unitGraph(model);
        ArchitectureReport.Renderings renderings = new ArchitectureReport.Renderings(
                GraphRenderer.mermaid(packages, packageCycles, MERMAID_MAX_NODES),
                GraphRenderer.dot(packages, packageCycles));
        Map<String, Integer> languages = new TreeMap<>();
        model.units().forEach(u -> languages.merge(u.language().id(), 1, Integer::sum));
        Map<String, List<CodeUnit>> byPackage = model.byContainer();
        List<String> mostCoupled = packageMetrics.stream()
                .filter(p -> !byPackage.get(p.name()).stream().allMatch(u -> u.kind() == UnitKind.ANNOTATION))
                .sorted(Comparator.comparingInt((PackageMetrics p) -> -(p.ca() + p.ce())).thenComparing(
                        PackageMetrics::name))
                .limit(10).filter(p -> p.ca() + p.ce() > 0).map(PackageMetrics::name).toList();
        ArchitectureReport.Summary summary = new ArchitectureReport.Summary(model.units().size(),
                packageMetrics.size(), model.edges().size(), model.units().stream().mapToInt(CodeUnit::lines).sum(),
                languages, packageCycles.size(), unitCycles.size(), mostCoupled, unparsed,
                (System.nanoTime() - startedNanos) / 1_000_000);
        return new ArchitectureReport(summary, packages, units, packageMetrics, classMetrics, packageCycles,
                unitCycles, violations, suggestions, renderings);
    }

    /** The unit-level references behind a package edge, heaviest first, as {@code A -> B (n)}. */
    static List<String> references(ProjectModel model, String fromPackage, String toPackage) {
        List<Dependency> refs = new ArrayList<>();
        for (Dependency d : model.edges()) {
            if (container(model, d.from()).equals(fromPackage) && container(model, d.to()).equals(toPackage)) {
                refs.add(d);
            }
        }
        refs.sort(Comparator.comparingInt(Dependency::count).reversed().thenComparing(Dependency::from));
        return refs.stream().limit(20).map(d -> d.from() + " -> " + d.to() + " (" + d.count() + ")").toList();
    }

    private static String container(ProjectModel model, String unit) {
        return model.unit(unit).map(CodeUnit::container).orElse("");
    }

    private static ArchitectureReport.Graph packageGraph(ProjectModel model, Digraph g) {
        Map<String, List<CodeUnit>> byPackage = model.byContainer();
        List<ArchitectureReport.Node> nodes = new ArrayList<>();
        List<ArchitectureReport.Edge> edges = new ArrayList<>();
        for (String p : byPackage.keySet()) {
            nodes.add(new ArchitectureReport.Node(p, p, p, "package", byPackage.get(p).size()));
            for (String to : g.successors(p)) {
                edges.add(new ArchitectureReport.Edge(p, to, g.weight(p, to), List.of()));
            }
        }
        return new ArchitectureReport.Graph(nodes, edges);
    }

    private static ArchitectureReport.Graph unitGraph(ProjectModel model) {
        List<ArchitectureReport.Node> nodes = model.units().stream().map(u -> new ArchitectureReport.Node(u.id(),
                u.name(), u.container(), u.kind().id(), u.lines())).toList();
        List<ArchitectureReport.Edge> edges = model.edges().stream().map(d -> new ArchitectureReport.Edge(d.from(),
                d.to(), d.count(), d.kindSet().stream().map(k -> k.name().toLowerCase()).toList())).toList();
        return new ArchitectureReport.Graph(nodes, edges);
    }
}
