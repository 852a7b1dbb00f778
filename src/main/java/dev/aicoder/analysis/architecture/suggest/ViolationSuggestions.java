package dev.aicoder.analysis.architecture.suggest;

import java.util.ArrayList;
import java.util.List;

import dev.aicoder.analysis.architecture.metrics.Lcom4;
import dev.aicoder.analysis.architecture.model.ProjectModel;
import dev.aicoder.analysis.architecture.solid.Violation;

/** Suggestions that answer a design violation: split, split interface, invert, replace conditional. */
final class ViolationSuggestions {

    private ViolationSuggestions() {
    }

    static Suggestion of(ProjectModel model, Violation v) {
        String name = CycleSuggestions.simple(v.target());
        return switch (v.rule()) {
            case "architecture.god-class", "architecture.srp-low-cohesion" -> split(model, v, name);
            case "architecture.isp-fat-interface" -> suggestion(v, SuggestionKind.SPLIT_INTERFACE,
                    "Split " + name + " into role interfaces",
                    "Implementations reject part of " + name + "; clients should depend on smaller interfaces.",
                    List.of("group the methods of " + name + " by the clients that call them",
                            "declare one interface per group; let " + name + " extend them while callers migrate",
                            "make each implementation implement only the roles it supports"),
                    25 + 5 * v.evidence().size(), "medium");
            case "architecture.dip-concrete-dependency" -> suggestion(v, SuggestionKind.INVERT_DEPENDENCY,
                    "Make " + name + " depend on abstractions",
                    name + " names concrete classes of other packages; depending on their interfaces (or on one it "
                            + "owns) decouples it and makes it testable.",
                    List.of("type the fields and constructor parameters with the interface",
                            "move the construction of concrete classes to a factory or the CDI container",
                            "introduce an interface in " + name + "'s package when none exists"),
                    Math.min(45, 20 + 4 * v.evidence().size()), "small");
            case "architecture.ocp-type-switch" -> suggestion(v, SuggestionKind.REPLACE_CONDITIONAL,
                    "Replace the type switch in " + name + " with polymorphism", v.message() + ".",
                    List.of("add a method for this behaviour to the common supertype",
                            "move each branch body into the matching subtype's override",
                            "replace the switch with one call"),
                    15 + 3 * v.evidence().size(), "medium");
            default -> null;
        };
    }

    private static Suggestion split(ProjectModel model, Violation v, String name) {
        List<Lcom4.Component> groups = model.facts(v.target()).map(Lcom4::components).orElse(List.of()).stream()
                .filter(c -> c.methods().size() >= 2).toList();
        boolean god = v.rule().equals("architecture.god-class");
        List<String> steps = new ArrayList<>();
        for (Lcom4.Component g : groups.subList(0, Math.min(4, groups.size()))) {
            steps.add("extract a class holding " + (g.fields().isEmpty() ? "no fields" : String.join(", ", g.fields()))
                    + " with " + String.join(", ", g.methods().subList(0, Math.min(6, g.methods().size()))));
        }
        if (steps.isEmpty()) {
            steps.add("find the groups of methods that use the same fields and extract each into its own class");
        }
        steps.add("let " + name + " delegate to the new classes until its callers are moved");
        return new Suggestion("split-class:" + v.target(), 0, SuggestionKind.SPLIT_CLASS, v.target(),
                "Split " + name + " into cohesive classes", v.message() + ".", v.evidence(), steps,
                CycleSuggestions.score(god ? 75 : Math.min(60, 30 + 8 * groups.size()), god ? "large" : "medium"),
                god ? "large" : "medium", v.path(), v.line(), null);
    }

    private static Suggestion suggestion(Violation v, SuggestionKind kind, String title, String rationale,
            List<String> steps, double impact, String effort) {
        String key = kind.id() + ":" + v.target() + (kind == SuggestionKind.REPLACE_CONDITIONAL ? "@" + v.line() : "");
        return new Suggestion(key, 0, kind, v.target(), title, rationale, v.evidence(), steps,
                CycleSuggestions.score(impact, effort), effort, v.path(), v.line(), null);
    }
}
