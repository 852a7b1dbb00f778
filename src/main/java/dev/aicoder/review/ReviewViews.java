package dev.aicoder.review;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;

import dev.aicoder.llm.AiAnswer;
import dev.aicoder.scan.ScanViews.FindingView;

/** Request and response bodies of the review, explain, docs and refactor API. */
public final class ReviewViews {

    static final String RULES_ONLY_NOTICE = "Rules-only mode: no LLM provider is configured for this tenant, so "
            + "this answer comes from static analysis alone. An admin can add a key with "
            + "PUT /api/v1/providers/{name}/key.";

    private ReviewViews() {
    }

    /** {@code POST /api/v1/review}: exactly one of {@code code} (one file) and {@code diff} (a unified diff). */
    public record ReviewRequest(@Size(max = 2_000_000) String code, @Size(max = 10_000_000) String diff,
            @Size(max = 255) String filename, @Size(max = 40) String language, @Size(max = 300) String repository) {
    }

    /** Explain, docs and refactor: one piece of code; {@code style} only for docs. */
    public record CodeRequest(@Size(max = 400_000) String code, @Size(max = 255) String filename,
            @Size(max = 40) String language, @Size(max = 300) String repository, @Size(max = 20) String style) {
    }

    /** Code that was not reviewed by a model, and why: nothing is dropped silently. */
    public record NotReviewed(String path, int startLine, int endLine, String reason) {
    }

    /**
     * Static and AI findings merged (AI ones carry {@code analyzer: ai} and their model in properties);
     * {@code mode} is {@code ai}, {@code partial} (some code not reviewed) or {@code rules-only}.
     */
    public record ReviewResponse(String mode, String notice, List<FindingView> findings, Map<String, Integer> counts,
            List<String> models, int aiCalls, int cachedCalls, List<NotReviewed> notReviewed,
            List<AiAnswer.Attempt> attempts) {
    }

    /** Explain, docs and refactor answers: {@code result} is null in rules-only mode. */
    public record AiResponse<T>(String mode, String notice, String model, boolean cached, T result,
            List<AiAnswer.Attempt> attempts) {
    }
}
