package dev.aicoder.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.Severity;
import dev.aicoder.llm.AiAnswer;
import dev.aicoder.llm.BudgetExceededException;
import dev.aicoder.llm.CallContext;
import dev.aicoder.llm.LlmConfig;
import dev.aicoder.llm.LlmRouter;
import dev.aicoder.llm.NoModelAvailableException;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.review.AiOutputs.ReviewOutput;
import dev.aicoder.review.Chunker.Chunk;
import dev.aicoder.review.Chunker.Unit;
import dev.aicoder.review.ReviewViews.NotReviewed;
import dev.aicoder.review.ReviewViews.ReviewRequest;
import dev.aicoder.review.ReviewViews.ReviewResponse;
import dev.aicoder.scan.ScanViews.FindingView;
import dev.aicoder.source.ChangeSet;
import dev.aicoder.source.IntakeException;
import dev.aicoder.source.Language;
import dev.aicoder.source.LanguageDetector;

/**
 * AI review of a file or a diff, merged with static findings. Static analysis always runs; the code is then cut
 * into chunks by syntax and importance (static findings, changed lines), each chunk is one model call with the
 * static findings as context, and what a budget or failing providers left unreviewed is listed in the answer.
 */
@ApplicationScoped
public class ReviewService {

    static final String TASK = "review";

    private final LlmRouter router;
    private final StaticFindings statics;
    private final LlmConfig config;

    public ReviewService(LlmRouter router, StaticFindings statics, LlmConfig config) {
        this.router = router;
        this.statics = statics;
        this.config = config;
    }

    /** Blocking. */
    public ReviewResponse review(Caller caller, ReviewRequest request) {
        boolean hasCode = request.code() != null && !request.code().isEmpty();
        boolean hasDiff = request.diff() != null && !request.diff().isEmpty();
        if (hasCode == hasDiff) {
            throw ApiException.unprocessable("code-or-diff", "Send exactly one of code (a file) and diff");
        }
        List<ReviewSource> sources = hasCode ? List.of(fileSource(request)) : diffSources(request.diff());
        return review(CallContext.of(caller, request.repository(), TASK), sources);
    }

    ReviewResponse review(CallContext ctx, List<ReviewSource> sources) {
        List<FindingView> staticFindings = sources.stream().flatMap(s -> s.staticFindings().stream()).toList();
        List<NotReviewed> notReviewed = new ArrayList<>();
        if (!router.available(ctx.tenantId(), ctx.task())) {
            return response("rules-only", ReviewViews.RULES_ONLY_NOTICE, staticFindings, Set.of(), 0, 0,
                    notReviewed, List.of());
        }
        int budget = config.chunkTokens();
        List<Unit> units = new ArrayList<>();
        Map<String, ReviewSource> byPath = new LinkedHashMap<>();
        for (ReviewSource s : sources) {
            byPath.put(s.path(), s);
            if (s.lines().isEmpty()) {
                continue;
            }
            Map<Integer, Integer> weights = weights(s);
            units.addAll(s.diff() ? Chunker.hunkUnits(s.path(), s.lines(), budget, weights)
                    : Chunker.fileUnits(s.path(), s.language(), s.lines(), budget, weights));
        }
        List<Finding> aiFindings = new ArrayList<>();
        Set<String> models = new LinkedHashSet<>();
        List<AiAnswer.Attempt> attempts = new ArrayList<>();
        int calls = 0;
        int cached = 0;
        String stop = null;
        for (Chunk chunk : Chunker.pack(units, budget)) {
            if (stop != null) {
                notReviewed.addAll(AiFindings.notReviewed(chunk, stop));
                continue;
            }
            try {
                AiAnswer<ReviewOutput> answer = reviewChunk(ctx, chunk, byPath);
                attempts.addAll(answer.attempts());
                models.add(answer.model());
                calls++;
                cached += answer.cached() ? 1 : 0;
                aiFindings.addAll(AiFindings.toFindings(answer, chunk, byPath));
            } catch (BudgetExceededException e) {
                stop = "budget: " + e.getMessage();
                notReviewed.addAll(AiFindings.notReviewed(chunk, stop));
            } catch (NoModelAvailableException e) {
                attempts.addAll(e.attempts());
                stop = "no model answered (" + e.attempts().size() + " attempts)";
                notReviewed.addAll(AiFindings.notReviewed(chunk, stop));
            }
        }
        List<FindingView> merged = AiFindings.merge(staticFindings, aiFindings, byPath);
        String mode = notReviewed.isEmpty() ? "ai" : calls == 0 && stop != null && stop.startsWith("no model")
                ? "rules-only" : "partial";
        String notice = notReviewed.isEmpty() ? null : "Some code was not reviewed by a model (" + stop
                + "); it is listed in not_reviewed, most important code was reviewed first. Static findings cover "
                + "all of it.";
        return response(mode, notice, merged, models, calls, cached, notReviewed, attempts);
    }

    private AiAnswer<ReviewOutput> reviewChunk(CallContext ctx, Chunk chunk, Map<String, ReviewSource> byPath) {
        StringBuilder code = new StringBuilder();
        StringBuilder known = new StringBuilder();
        Set<String> languages = new LinkedHashSet<>();
        for (Unit u : chunk.units()) {
            ReviewSource s = byPath.get(u.path());
            code.append("FILE: ").append(u.path()).append(" (lines ").append(u.start()).append('-').append(u.end())
                    .append(")\n").append(u.render());
            if (s.language() != null) {
                languages.add(s.language().id());
            }
            for (FindingView f : s.staticFindings()) {
                if (f.startLine() >= u.start() && f.startLine() <= u.end()) {
                    known.append("- ").append(u.path()).append(':').append(f.startLine()).append(" [")
                            .append(f.severity()).append("] ").append(f.ruleId()).append(": ")
                            .append(oneLine(f.message())).append('\n');
                }
            }
        }
        String text = code.toString();
        String fence = fence(text);
        String language = languages.isEmpty() ? "unknown" : String.join(", ", languages);
        String knownText = known.isEmpty() ? "(none)" : known.toString();
        return router.call(ctx, ReviewOutput.class,
                model -> AiServicesFactory.reviewer(model).review(language, knownText, fence, text),
                out -> AiFindings.valid(out, chunk));
    }

    private static ReviewResponse response(String mode, String notice, List<FindingView> findings,
            Set<String> models, int calls, int cached, List<NotReviewed> notReviewed,
            List<AiAnswer.Attempt> attempts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            int n = (int) findings.stream().filter(f -> f.severity().equals(s.id())).count();
            if (n > 0) {
                counts.put(s.id(), n);
            }
        }
        return new ReviewResponse(mode, notice, findings, counts, List.copyOf(models), calls, cached, notReviewed,
                attempts);
    }

    private static Map<Integer, Integer> weights(ReviewSource s) {
        Map<Integer, Integer> w = new HashMap<>();
        s.added().forEach(n -> w.merge(n, 1, Integer::sum));
        for (FindingView f : s.staticFindings()) {
            w.merge(f.startLine(), (Severity.of(f.severity()).rank() + 1) * 10, Integer::sum);
        }
        return w;
    }

    private ReviewSource fileSource(ReviewRequest request) {
        String path = request.filename() == null || request.filename().isBlank() ? null : request.filename();
        Language language = language(request.language(), path, request.code());
        String name = path != null ? path : language != null ? LanguageDetector.defaultFileName(language) : "snippet";
        SortedMap<Integer, String> lines = lines(request.code());
        List<FindingView> found = statics.of(name, language == null ? null : language.id(), request.code())
                .orElse(List.of());
        return new ReviewSource(name, language, lines, Set.of(), false, found);
    }

    private List<ReviewSource> diffSources(String diff) {
        ChangeSet changes;
        try {
            changes = ChangeSet.parse(diff.getBytes(StandardCharsets.UTF_8));
        } catch (IntakeException e) {
            throw ApiException.unprocessable(e.code(), e.getMessage());
        }
        List<ReviewSource> out = new ArrayList<>();
        for (ChangeSet.FileChange change : changes.files()) {
            SortedMap<Integer, String> lines = new TreeMap<>(change.newLines());
            ReviewSource shell = new ReviewSource(change.path(), null, lines, change.added(), true, List.of());
            // static analysis sees the hunks at their real line numbers, blank lines elsewhere
            String text = String.join("\n", shell.lineArray());
            Language language = language(null, change.path(), text);
            List<FindingView> found = language == null || text.isBlank() ? List.of()
                    : statics.of(change.path(), language.id(), text).orElse(List.of()).stream()
                            .filter(f -> change.added().contains(f.startLine())).toList();
            out.add(new ReviewSource(change.path(), language, lines, new HashSet<>(change.added()), true, found));
        }
        return out;
    }

    static Language language(String requested, String path, String code) {
        if (requested != null && !requested.isBlank()) {
            try {
                return Language.of(requested);
            } catch (IllegalArgumentException e) {
                throw ApiException.unprocessable("unknown-language", "Unknown language '" + requested + "'");
            }
        }
        String head = code.substring(0, Math.min(8192, code.length()));
        return LanguageDetector.detect(path == null ? "snippet" : path, head).orElse(null);
    }

    static SortedMap<Integer, String> lines(String code) {
        SortedMap<Integer, String> out = new TreeMap<>();
        String[] rows = code.split("\r?\n", -1);
        int n = rows.length;
        if (n > 1 && rows[n - 1].isEmpty()) {
            n--;
        }
        for (int i = 0; i < n; i++) {
            out.put(i + 1, rows[i]);
        }
        return out;
    }

    /** A delimiter the fenced content cannot contain: it is derived from the content's own hash. */
    static String fence(String content) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "CODE-" + HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ");
    }
}
