package dev.aicoder.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.Severity;
import dev.aicoder.llm.AiAnswer;
import dev.aicoder.review.AiOutputs.AiFinding;
import dev.aicoder.review.AiOutputs.ReviewOutput;
import dev.aicoder.review.Chunker.Chunk;
import dev.aicoder.review.Chunker.Unit;
import dev.aicoder.review.ReviewViews.NotReviewed;
import dev.aicoder.scan.Fingerprints;
import dev.aicoder.scan.ScanViews.FindingView;

/** Checks model findings, turns them into findings, and merges them with static ones by location and fingerprint. */
final class AiFindings {

    static final String ANALYZER = "ai";

    private AiFindings() {
    }

    /** Valid when every finding points at a line of the chunk and uses known severities and categories. */
    static boolean valid(ReviewOutput out, Chunk chunk) {
        if (out == null || out.findings() == null) {
            return false;
        }
        for (AiFinding f : out.findings()) {
            if (f == null || f.title() == null || f.title().isBlank() || unit(f, chunk).isEmpty()
                    || severity(f.severity()) == null || category(f.category()) == null || f.cwe() < 0) {
                return false;
            }
        }
        return true;
    }

    static List<Finding> toFindings(AiAnswer<ReviewOutput> answer, Chunk chunk, Map<String, ReviewSource> byPath) {
        List<Finding> out = new ArrayList<>();
        for (AiFinding f : answer.value().findings()) {
            Unit u = unit(f, chunk).orElseThrow();
            ReviewSource source = byPath.get(u.path());
            Category category = category(f.category());
            Finding.Builder b = Finding.builder("ai." + category.id()).title(f.title())
                    .message(f.rationale() == null || f.rationale().isBlank() ? f.title() : f.rationale())
                    .severity(severity(f.severity())).category(category).path(u.path()).line(f.line())
                    .snippet(u.lines().get(f.line())).language(source.language()).analyzer(ANALYZER)
                    .confidence(Confidence.MEDIUM).tags(List.of("ai"))
                    .property("source", "model").property("model", answer.model())
                    .property("provider", answer.provider());
            if (f.cwe() > 0) {
                b.cwe(f.cwe());
            }
            if (f.suggestion() != null && !f.suggestion().isBlank()) {
                b.fix(new Finding.Fix("Suggested change (" + answer.model() + ")", f.suggestion(), null));
            }
            out.add(b.build());
        }
        return out;
    }

    /**
     * Static findings first; an AI finding is dropped when a static finding has its fingerprint or its file, line
     * and category, or when another AI finding already said the same at the same place.
     */
    static List<FindingView> merge(List<FindingView> statics, List<Finding> ai, Map<String, ReviewSource> byPath) {
        List<FindingView> out = new ArrayList<>(statics);
        Set<String> seen = new HashSet<>();
        for (FindingView s : statics) {
            seen.add(s.fingerprint());
            seen.add(s.path() + ":" + s.startLine() + ":" + s.category());
        }
        for (String path : byPath.keySet()) {
            List<Finding> ofFile = ai.stream().filter(f -> f.path().equals(path)).toList();
            for (Finding f : Fingerprints.assign(ofFile, byPath.get(path).lineArray())) {
                String where = f.path() + ":" + f.startLine() + ":" + f.category().id();
                if (seen.add(f.fingerprint()) && seen.add(where)) {
                    out.add(FindingView.of(null, f));
                }
            }
        }
        out.sort(Comparator.comparingInt((FindingView f) -> -Severity.of(f.severity()).rank())
                .thenComparing(FindingView::path).thenComparingInt(FindingView::startLine));
        return out;
    }

    static List<NotReviewed> notReviewed(Chunk chunk, String reason) {
        return chunk.units().stream().map(u -> new NotReviewed(u.path(), u.start(), u.end(), reason)).toList();
    }

    private static Optional<Unit> unit(AiFinding f, Chunk chunk) {
        boolean single = chunk.units().stream().map(Unit::path).distinct().count() == 1;
        return chunk.units().stream()
                .filter(u -> f.file() == null || f.file().isBlank() ? single : u.path().equals(f.file().strip()))
                .filter(u -> u.lines().containsKey(f.line()))
                .findFirst();
    }

    private static Severity severity(String s) {
        try {
            return s == null ? null : Severity.of(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Category category(String s) {
        try {
            return s == null ? null : Category.of(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
