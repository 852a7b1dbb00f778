package dev.aicoder.analysis.quality.rules;

/**
 * One thing wrong with a rule file: where ({@code file}, {@code ruleId} when known) and what, in words a rule
 * author can act on.
 */
public record RuleProblem(String file, String ruleId, String message) {

    @Override
    public String toString() {
        return file + (ruleId == null ? "" : ": rule " + ruleId) + ": " + message;
    }
}
