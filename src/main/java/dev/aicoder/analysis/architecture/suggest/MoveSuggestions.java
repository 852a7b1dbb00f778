package dev.aicoder.analysis.architecture.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.aicoder.analysis.architecture.model.CodeUnit;
import dev.aicoder.analysis.architecture.model.Dependency;
import dev.aicoder.analysis.architecture.model.ProjectModel;

/**
 * Classes in the wrong package: nothing in their own package uses them, they use another package far more than
 * their own, and that other package uses them. Moving them there removes two cross-package dependencies.
 */
final class MoveSuggestions {

    private static final int MIN_REFERENCES = 3;

    private MoveSuggestions() {
    }

    static List<Suggestion> of(ProjectModel model) {
        Map<String, Map<String, Integer>> outBy = new HashMap<>();
        Map<String, Map<String, Integer>> inBy = new HashMap<>();
        for (Dependency d : model.edges()) {
            String fromC = CycleSuggestions.container(model, d.from());
            String toC = CycleSuggestions.container(model, d.to());
            outBy.computeIfAbsent(d.from(), k -> new HashMap<>()).merge(toC, d.count(), Integer::sum);
            inBy.computeIfAbsent(d.to(), k -> new HashMap<>()).merge(fromC, d.count(), Integer::sum);
        }
        Map<String, List<CodeUnit>> packages = model.byContainer();
        List<Suggestion> out = new ArrayList<>();
        for (CodeUnit u : model.units()) {
            Map<String, Integer> outs = outBy.getOrDefault(u.id(), Map.of());
            Map<String, Integer> ins = inBy.getOrDefault(u.id(), Map.of());
            int ownOut = outs.getOrDefault(u.container(), 0);
            int ownIn = ins.getOrDefault(u.container(), 0);
            if (ownIn > 0 || packages.get(u.container()).size() < 2) {
                continue;
            }
            outs.entrySet().stream()
                    .filter(e -> !e.getKey().equals(u.container()) && e.getValue() >= MIN_REFERENCES
                            && e.getValue() >= 3 * Math.max(1, ownOut) && ins.getOrDefault(e.getKey(), 0) > 0)
                    .max(Map.Entry.comparingByValue())
                    .ifPresent(e -> out.add(move(u, e.getKey(), e.getValue(), ownOut, ins.get(e.getKey()))));
        }
        return out;
    }

    private static Suggestion move(CodeUnit u, String target, int usesThere, int usesHome, int usedThere) {
        List<String> evidence = List.of(
                u.name() + " makes " + usesThere + " references to " + target + " and " + usesHome + " to "
                        + u.container(),
                "it is used " + usedThere + " times from " + target + " and never from " + u.container());
        return new Suggestion("move-class:" + u.id() + "->" + target, 0, SuggestionKind.MOVE_CLASS, u.id(),
                "Move " + u.name() + " to " + target,
                u.name() + " belongs with " + target + ": it uses that package and only that package uses it.",
                evidence, List.of("move " + u.name() + " to package " + target, "update imports of its users"),
                CycleSuggestions.score(25 + Math.min(20, usesThere / 2.0), "small"), "small", u.path(), u.line(), null);
    }
}
