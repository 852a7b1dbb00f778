package dev.aicoder.review;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import dev.aicoder.llm.AiAnswer;
import dev.aicoder.llm.BudgetExceededException;
import dev.aicoder.llm.CallContext;
import dev.aicoder.llm.LlmRouter;
import dev.aicoder.llm.NoModelAvailableException;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.review.AiOutputs.Documentation;
import dev.aicoder.review.AiOutputs.Explanation;
import dev.aicoder.review.AiOutputs.RefactorOutput;
import dev.aicoder.review.ReviewViews.AiResponse;
import dev.aicoder.review.ReviewViews.CodeRequest;
import dev.aicoder.source.Language;

/** Code explanation, documentation and refactoring suggestions: one model call each, with failover. */
@ApplicationScoped
public class CodeAssistService {

    private static final List<String> DOC_STYLES = List.of("docstring", "javadoc", "jsdoc", "readme");

    private final LlmRouter router;

    public CodeAssistService(LlmRouter router) {
        this.router = router;
    }

    public AiResponse<Explanation> explain(Caller caller, CodeRequest request) {
        return run(caller, request, "explain", Explanation.class,
                (r, in) -> r.explain("Explain this code.", in.language(), in.fence(), in.code()),
                e -> e.summary() != null && !e.summary().isBlank());
    }

    public AiResponse<Documentation> docs(Caller caller, CodeRequest request) {
        String style = request.style() == null || request.style().isBlank() ? defaultStyle(request) : request.style();
        if (!DOC_STYLES.contains(style)) {
            throw ApiException.unprocessable("invalid-style", "style must be one of " + DOC_STYLES);
        }
        return run(caller, request, "docs", Documentation.class,
                (r, in) -> r.document("Write " + style + " documentation for this code.", in.language(), in.fence(),
                        in.code()),
                d -> d.text() != null && !d.text().isBlank());
    }

    public AiResponse<RefactorOutput> refactor(Caller caller, CodeRequest request) {
        int lines = ReviewService.lines(request.code() == null ? "" : request.code()).size();
        return run(caller, request, "refactor", RefactorOutput.class,
                (r, in) -> r.refactor("Suggest refactorings.", in.language(), in.fence(), in.code()),
                o -> o.suggestions() != null && o.suggestions().stream().allMatch(s -> s != null && s.line() >= 1
                        && s.line() <= lines && s.title() != null && !s.title().isBlank()));
    }

    private record Input(String language, String fence, String code) {
    }

    private <T> AiResponse<T> run(Caller caller, CodeRequest request, String task, Class<T> type,
            BiFunction<CodeReviewer, Input, T> call, Predicate<T> valid) {
        if (request.code() == null || request.code().isBlank()) {
            throw ApiException.unprocessable("missing-code", "code is required");
        }
        Language language = ReviewService.language(request.language(), request.filename(), request.code());
        StringBuilder numbered = new StringBuilder();
        ReviewService.lines(request.code()).forEach((n, text) -> numbered.append(String.format("%5d| ", n))
                .append(text).append('\n'));
        String code = numbered.toString();
        Input in = new Input(language == null ? "unknown" : language.id(), ReviewService.fence(code), code);
        CallContext ctx = CallContext.of(caller, request.repository(), task);
        try {
            AiAnswer<T> answer = router.call(ctx, type, model -> call.apply(AiServicesFactory.reviewer(model), in),
                    valid);
            return new AiResponse<>("ai", null, answer.model(), answer.cached(), answer.value(), answer.attempts());
        } catch (NoModelAvailableException e) {
            if (e.rulesOnly()) {
                return new AiResponse<>("rules-only", ReviewViews.RULES_ONLY_NOTICE, null, false, null, List.of());
            }
            throw ApiException.unavailable("llm-unavailable", "No model could answer: "
                    + e.attempts().stream().map(a -> a.model() + " " + a.outcome()).toList());
        } catch (BudgetExceededException e) {
            throw new ApiException(429, "budget-exceeded", "Budget exceeded", e.getMessage());
        }
    }

    private static String defaultStyle(CodeRequest request) {
        Language l = ReviewService.language(request.language(), request.filename(), request.code());
        if (l == null) {
            return "readme";
        }
        return switch (l.id()) {
            case "python" -> "docstring";
            case "java", "kotlin" -> "javadoc";
            case "javascript", "typescript" -> "jsdoc";
            default -> "readme";
        };
    }
}
