package dev.aicoder.analysis.security.compliance;

import java.util.List;

/**
 * A scan's standing against one standard: per control, its status, the findings that break it, and which of its
 * CWE ids no rule that ran could detect.
 */
public record ComplianceReport(String standard, String title, String version, String source, Summary summary,
        List<ControlResult> controls) {

    /** {@code pass}: checked and nothing found; {@code fail}: a finding maps to it; {@code not_checked}: no rule ran. */
    public enum Status {
        PASS, FAIL, NOT_CHECKED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Summary(int controls, int passed, int failed, int notChecked) {
    }

    /**
     * @param checkedCwe the control's CWE ids that at least one rule that ran can report
     * @param notCheckedCwe the rest: a pass says nothing about them
     */
    public record ControlResult(String id, String title, String source, String basis, Status status,
            List<FindingRef> findings, List<Integer> checkedCwe, List<Integer> notCheckedCwe) {
    }

    /** Enough of a finding to find it again in the scan. */
    public record FindingRef(String ruleId, String title, String severity, String path, int line, List<Integer> cwe,
            String fingerprint) {
    }
}
