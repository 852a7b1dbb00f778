package dev.aicoder.scan.store;

import java.util.Arrays;
import java.util.List;

import dev.aicoder.analysis.Confidence;

/**
 * Filters of a findings listing; null or empty means no filter. {@code file} is an exact path, or a prefix when it
 * ends with {@code /} or {@code *}. {@code minConfidence} keeps findings at least that confident (a finding
 * without a confidence counts as medium).
 */
public record FindingFilter(List<String> severities, List<String> categories, List<String> languages,
        List<String> rules, String file, Boolean suppressed, Confidence minConfidence) {

    public static FindingFilter none() {
        return new FindingFilter(null, null, null, null, null, null, null);
    }

    /** The confidence ids a finding may have under {@code minConfidence}; {@code includesUnknown} for null. */
    public List<String> confidences() {
        return minConfidence == null ? List.of() : Arrays.stream(Confidence.values())
                .filter(c -> c.ordinal() <= minConfidence.ordinal()).map(Confidence::id).toList();
    }

    public boolean includesUnknown() {
        return minConfidence == null || minConfidence != Confidence.HIGH;
    }
}
