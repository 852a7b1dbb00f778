package dev.aicoder.analysis.architecture.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aicoder.analysis.architecture.graph.Cycle;
import dev.aicoder.analysis.architecture.model.ProjectModel;
import dev.aicoder.analysis.architecture.solid.Violation;

/**
 * Plans refactoring suggestions from package cycles, misplaced classes and design violations, ranks them by
 * benefit for the effort (score), keeps the best {@code max}, and explains each with {@code explainer}.
 */
public final class SuggestionPlanner {

    private SuggestionPlanner() {
    }

    public static List<Suggestion> plan(ProjectModel model, List<Cycle> packageCycles, List<Violation> violations,
            int max, SuggestionExplainer explainer) {
        Map<String, Suggestion> byKey = new LinkedHashMap<>();
        for (Cycle c : packageCycles) {
            keep(byKey, CycleSuggestions.of(model, c));
        }
        MoveSuggestions.of(model).forEach(s -> keep(byKey, s));
        for (Violation v : violations) {
            keep(byKey, ViolationSuggestions.of(model, v));
        }
        List<Suggestion> ranked = new ArrayList<>(byKey.values());
        ranked.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(Suggestion::key));
        List<Suggestion> out = new ArrayList<>();
        for (Suggestion s : ranked.subList(0, Math.min(max, ranked.size()))) {
            Suggestion r = s.withRank(out.size() + 1);
            out.add(r.withExplanation(explainer.explain(r)));
        }
        return out;
    }

    /** One suggestion per key: a god class is also an SRP violation, keep the stronger. */
    private static void keep(Map<String, Suggestion> byKey, Suggestion s) {
        if (s != null) {
            byKey.merge(s.key(), s, (a, b) -> a.score() >= b.score() ? a : b);
        }
    }
}
