package dev.aicoder.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.aicoder.llm.AiAnswer;
import dev.aicoder.llm.BudgetExceededException;
import dev.aicoder.llm.CallContext;
import dev.aicoder.llm.LlmRouter;
import dev.aicoder.llm.NoModelAvailableException;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.review.AiOutputs.SuggestionNotes;
import dev.aicoder.scan.ScanJson;

/**
 * Explanations of architecture suggestions written by a model from their evidence, in one call per batch on the
 * {@code explain} task's models. Without a model, or when the call fails or the budget is spent, nothing is
 * written and the caller keeps the template explanations; {@link Written#notice()} says why.
 */
@ApplicationScoped
public class SuggestionExplanations {

    /** The most suggestions explained in one call; the ranked list's head is what people read. */
    public static final int BATCH = 10;
    static final int MAX_LENGTH = 1500;
    private static final List<String> FIELDS = List.of("key", "kind", "target", "title", "rationale", "evidence",
            "steps", "effort");

    private final LlmRouter router;

    public SuggestionExplanations(LlmRouter router) {
        this.router = router;
    }

    /** What the model wrote, by suggestion key; {@code model} is null when nothing was written. */
    public record Written(Map<String, String> byKey, String model, String notice) {
    }

    /** Blocking: runs on a worker thread. {@code suggestions} are the report's JSON objects, at most {@link #BATCH}. */
    public Written explain(Caller caller, String repository, List<JsonNode> suggestions) {
        if (suggestions.isEmpty()) {
            return new Written(Map.of(), null, null);
        }
        Set<String> keys = suggestions.stream().map(s -> s.path("key").asText()).collect(Collectors.toSet());
        String data = suggestions.stream().map(SuggestionExplanations::essentials).collect(Collectors.joining("\n"));
        String fence = ReviewService.fence(data);
        try {
            AiAnswer<SuggestionNotes> answer = router.call(CallContext.of(caller, repository, "explain"),
                    SuggestionNotes.class, model -> AiServicesFactory.reviewer(model).explainSuggestions(fence, data),
                    notes -> valid(notes, keys));
            Map<String, String> byKey = new LinkedHashMap<>();
            answer.value().notes().forEach(n -> byKey.put(n.key(), n.explanation().strip()));
            return new Written(byKey, answer.model(), null);
        } catch (NoModelAvailableException e) {
            return new Written(Map.of(), null, e.rulesOnly() ? ReviewViews.RULES_ONLY_NOTICE
                    : "No model could explain the suggestions (" + e.attempts().stream()
                            .map(a -> a.model() + " " + a.outcome()).collect(Collectors.joining(", "))
                            + "): template explanations are shown");
        } catch (BudgetExceededException e) {
            return new Written(Map.of(), null, "The LLM budget is spent: template explanations are shown ("
                    + e.getMessage() + ")");
        }
    }

    /** Every note is about a suggestion that was asked for and says something of reasonable length. */
    static boolean valid(SuggestionNotes notes, Set<String> keys) {
        return notes != null && notes.notes() != null && !notes.notes().isEmpty()
                && notes.notes().stream().allMatch(n -> n != null && keys.contains(n.key()) && n.explanation() != null
                        && !n.explanation().isBlank() && n.explanation().length() <= MAX_LENGTH);
    }

    private static String essentials(JsonNode suggestion) {
        ObjectNode out = ScanJson.mapper().createObjectNode();
        FIELDS.forEach(f -> {
            if (suggestion.has(f)) {
                out.set(f, suggestion.get(f));
            }
        });
        return out.toString();
    }
}
