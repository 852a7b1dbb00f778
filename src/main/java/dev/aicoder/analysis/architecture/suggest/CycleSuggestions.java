package dev.aicoder.analysis.architecture.suggest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.aicoder.analysis.architecture.graph.Cycle;
import dev.aicoder.analysis.architecture.model.CodeUnit;
import dev.aicoder.analysis.architecture.model.Dependency;
import dev.aicoder.analysis.architecture.model.ProjectModel;

/**
 * Turns a package cycle into a suggestion at its weakest edge: move the one class that makes the edge when nothing
 * in its package needs it, otherwise invert the edge with an interface owned by the depending package.
 */
final class CycleSuggestions {

    private CycleSuggestions() {
    }

    static Suggestion of(ProjectModel model, Cycle cycle) {
        List<Dependency> refs = new ArrayList<>();
        for (Dependency d : model.edges()) {
            if (container(model, d.from()).equals(cycle.cutFrom()) && container(model, d.to()).equals(cycle.cutTo())) {
                refs.add(d);
            }
        }
        Set<String> sources = new LinkedHashSet<>();
        Set<String> targets = new LinkedHashSet<>();
        refs.forEach(d -> {
            sources.add(d.from());
            targets.add(d.to());
        });
        List<String> evidence = new ArrayList<>();
        evidence.add("packages " + String.join(", ", cycle.members()) + " depend on each other; shortest cycle: "
                + cycle.path());
        evidence.add("the weakest edge " + cycle.cutFrom() + " -> " + cycle.cutTo() + " is " + cycle.cutWeight()
                + " references from " + sources.size() + " class(es) to " + targets.size() + " class(es)");
        evidence.addAll(cycle.cutReferences().subList(0, Math.min(5, cycle.cutReferences().size())));
        double impact = Math.min(100, 60 + 5 * cycle.members().size());
        String effort = cycle.cutWeight() <= 3 ? "small" : cycle.cutWeight() <= 15 ? "medium" : "large";
        CodeUnit first = model.unit(refs.isEmpty() ? cycle.cutFrom() : refs.get(0).from()).orElse(null);
        String path = first == null ? "" : first.path();
        int line = refs.isEmpty() ? 0 : refs.get(0).line();
        if (sources.size() == 1 && usedInOwnPackage(model, sources.iterator().next()) == 0) {
            String mover = sources.iterator().next();
            String name = simple(mover);
            return new Suggestion("move-class:" + mover + "->" + cycle.cutTo(), 0, SuggestionKind.MOVE_CLASS, mover,
                    "Move " + name + " from " + cycle.cutFrom() + " to " + cycle.cutTo() + " to break a package cycle",
                    name + " is the only class behind the edge " + cycle.cutFrom() + " -> " + cycle.cutTo()
                            + " and nothing else in " + cycle.cutFrom() + " uses it, so moving it removes the edge.",
                    evidence, List.of("move " + name + " to package " + cycle.cutTo(),
                            "update imports of its users", "check that " + cycle.cutFrom() + " no longer imports "
                                    + cycle.cutTo()),
                    score(impact, effort), effort, path, line, null);
        }
        List<String> used = targets.stream().map(CycleSuggestions::simple).toList();
        return new Suggestion("invert-dependency:" + cycle.cutFrom() + "->" + cycle.cutTo(), 0,
                SuggestionKind.INVERT_DEPENDENCY, cycle.cutFrom(),
                "Invert the dependency " + cycle.cutFrom() + " -> " + cycle.cutTo() + " to break a package cycle",
                "It is the cheapest edge of the cycle " + cycle.path() + ": let " + cycle.cutFrom()
                        + " own an interface for what it needs and " + cycle.cutTo() + " implement it.",
                evidence, List.of("declare in " + cycle.cutFrom() + " an interface with the operations used from "
                        + String.join(", ", used.subList(0, Math.min(5, used.size()))),
                        "make the classes of " + cycle.cutTo() + " implement it (or add an adapter there)",
                        "inject the implementation where " + cycle.cutFrom() + " used to create or look it up",
                        "check that " + cycle.cutFrom() + " no longer imports " + cycle.cutTo()),
                score(impact, effort), effort, path, line, null);
    }

    private static int usedInOwnPackage(ProjectModel model, String unit) {
        String pkg = container(model, unit);
        int n = 0;
        for (Dependency d : model.edges()) {
            if (d.to().equals(unit) && container(model, d.from()).equals(pkg)) {
                n++;
            }
        }
        return n;
    }

    static String container(ProjectModel model, String unit) {
        return model.unit(unit).map(CodeUnit::container).orElse("");
    }

    static String simple(String id) {
        int slash = id.lastIndexOf('/');
        return slash >= 0 ? id.substring(slash + 1) : id.substring(id.lastIndexOf('.') + 1);
    }

    /**
     * Benefit (0 to 100) weighed by effort. Package cycles weigh most (60 and up), then god classes (75, large),
     * misplaced classes and splits (25 to 60), then DIP, ISP and OCP fixes (15 to 45).
     */
    static double score(double benefit, String effort) {
        double weight = switch (effort) {
            case "small" -> 1.0;
            case "medium" -> 0.8;
            default -> 0.6;
        };
        return Math.round(Math.min(100, benefit) * weight * 10) / 10.0;
    }
}
