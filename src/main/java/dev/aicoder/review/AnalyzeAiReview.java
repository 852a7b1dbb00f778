package dev.aicoder.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.aicoder.llm.CallContext;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.scan.AnalyzeAi;
import dev.aicoder.scan.ScanViews.AnalyzeRequest;
import dev.aicoder.scan.ScanViews.AnalyzeResponse;
import dev.aicoder.source.Language;

/** {@code POST /api/v1/analyze} with {@code options.ai}: the review of the same code, its static findings reused. */
@ApplicationScoped
public class AnalyzeAiReview implements AnalyzeAi {

    private final ReviewService reviews;

    public AnalyzeAiReview(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public AnalyzeResponse augment(Caller caller, AnalyzeRequest request, AnalyzeResponse answer) {
        ReviewSource source = new ReviewSource(answer.filename(), Language.of(answer.language()),
                ReviewService.lines(request.code()), Set.of(), false, answer.findings());
        ReviewViews.ReviewResponse review = reviews.review(CallContext.of(caller, null, ReviewService.TASK),
                List.of(source));
        List<String> warnings = new ArrayList<>(answer.warnings() == null ? List.of() : answer.warnings());
        if (review.notice() != null) {
            warnings.add(review.notice());
        }
        review.notReviewed().forEach(n -> warnings.add("Not reviewed by a model: lines " + n.startLine() + "-"
                + n.endLine() + " (" + n.reason() + ")"));
        return new AnalyzeResponse(answer.language(), answer.filename(), answer.lines(), review.findings(),
                review.counts(), answer.durationMs(), warnings, review.mode());
    }
}
