package dev.aicoder.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.Finding;

/**
 * Pattern rules flag an injection sink whatever reaches it; the taint analyzers report only where data from a
 * request reaches it. Where a taint analyzer read the file and found no flow of the same CWE to that line, a
 * pattern finding stays (nothing is dropped: callers outside the scan, fields and lambdas are beyond the taint
 * analysis) but its confidence becomes {@code low} and {@link #UNCONFIRMED} says why, so a reader who filters on
 * confidence ({@code min_confidence=medium}, {@code --min-confidence medium}) sees proven flows and strong
 * patterns only.
 */
final class TaintCorroboration {

    static final String UNCONFIRMED = "taint_unconfirmed";
    static final String UNCONFIRMED_TEXT = "the taint analysis read this file and found no flow from request data "
            + "to this line; review whether the value can come from outside";

    /** CWEs whose findings are about data reaching a sink: what the taint analyzers decide. */
    static final Set<Integer> FLOW_CWES = Set.of(22, 78, 79, 89, 90, 501, 502, 601, 611, 643, 918);

    private TaintCorroboration() {
    }

    static boolean fromTaint(Finding f) {
        return f.analyzer() != null && f.analyzer().startsWith("taint-");
    }

    /** Whether {@code f} is a pattern finding that a taint analyzer could have confirmed. */
    static boolean candidate(Finding f) {
        return !fromTaint(f) && f.category() == Category.SECURITY && f.confidence() != Confidence.LOW
                && !f.path().isEmpty() && f.cwe().stream().anyMatch(FLOW_CWES::contains);
    }

    /**
     * {@code findings} with the unconfirmed candidates lowered; {@code taintRead} tells whether a taint analyzer
     * analysed a path (asked only when there is a candidate).
     */
    static List<Finding> apply(List<Finding> findings, Predicate<String> taintRead) {
        if (findings.stream().noneMatch(TaintCorroboration::candidate)) {
            return findings;
        }
        Map<String, List<Finding>> flowsByPath = new HashMap<>();
        findings.stream().filter(TaintCorroboration::fromTaint)
                .forEach(f -> flowsByPath.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f));
        Map<String, Boolean> read = new HashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (candidate(f) && read.computeIfAbsent(f.path(), taintRead::test)
                    && flowsByPath.getOrDefault(f.path(), List.of()).stream().noneMatch(t -> confirms(t, f))) {
                out.add(f.toBuilder().confidence(Confidence.LOW).property(UNCONFIRMED, UNCONFIRMED_TEXT).build());
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** A flow of a shared CWE whose lines overlap the pattern finding's (multi-line calls report either end). */
    private static boolean confirms(Finding taint, Finding pattern) {
        return taint.cwe().stream().anyMatch(pattern.cwe()::contains)
                && taint.startLine() <= Math.max(pattern.endLine(), pattern.startLine())
                && pattern.startLine() <= Math.max(taint.endLine(), taint.startLine());
    }
}
