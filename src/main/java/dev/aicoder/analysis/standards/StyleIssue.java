package dev.aicoder.analysis.standards;

/**
 * A departure from the profile at a line (1-based).
 *
 * @param fixed the file's whole text with only this issue fixed, or null when there is no safe automatic fix
 * @param fixDescription what the fix does, e.g. "remove trailing whitespace"
 */
public record StyleIssue(String ruleId, int line, String message, String fixDescription, String fixed) {

    public static StyleIssue unfixable(String ruleId, int line, String message) {
        return new StyleIssue(ruleId, line, message, null, null);
    }
}
