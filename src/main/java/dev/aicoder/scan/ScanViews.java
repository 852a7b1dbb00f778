package dev.aicoder.scan;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.analysis.Finding;
import dev.aicoder.scan.store.FindingRows;
import dev.aicoder.scan.store.ScanRecord;

/** Request and response bodies of the scans and analyze API. */
public final class ScanViews {

    private ScanViews() {
    }

    /**
     * {@code POST /api/v1/scans} as JSON: exactly one source of {@code git_url} (with {@code ref}, and the name of
     * a stored secret in {@code credential}), {@code path} (self-hosted) or {@code diff} (a unified diff alone).
     * {@code diff} or {@code changed_files} next to {@code git_url} limit the scan to the changed files.
     */
    public record CreateScanRequest(@Size(max = 2000) String gitUrl, @Size(max = 255) String ref,
            @Size(max = 200) String credential, @Size(max = 200) String gitUsername, @Size(max = 4096) String path,
            @Size(max = 10_000_000) String diff, @Size(max = 10_000) List<String> changedFiles,
            Boolean changedLinesOnly, @Size(max = 5) List<String> categories, UUID baselineScanId,
            Map<String, String> settings, Map<String, String> profiles) {
    }

    /** Progress while running. */
    public record Progress(String phase, int filesDone, int filesTotal, int findingsSoFar, int percent) {
    }

    /** A scan: status, progress, and once done counts by severity, languages, skips and figures. */
    public record ScanView(UUID id, String status, String source, String sourceLabel, String ref, String commit,
            Progress progress, Integer findings, Integer suppressed, JsonNode counts, JsonNode languages,
            JsonNode skipped, JsonNode stats, JsonNode warnings, String error, UUID taskId, OffsetDateTime createdAt,
            OffsetDateTime startedAt, OffsetDateTime finishedAt, Map<String, String> links) {

        static ScanView of(ScanRecord s) {
            int percent = s.status().equals("succeeded") ? 100
                    : s.filesTotal() == 0 ? 0 : (int) Math.min(99, 100L * s.filesDone() / s.filesTotal());
            String base = "/api/v1/scans/" + s.id();
            return new ScanView(s.id(), s.status(), s.sourceKind(), s.sourceLabel(), s.gitRef(), s.commitSha(),
                    new Progress(s.phase(), s.filesDone(), s.filesTotal(), s.findingsSoFar(), percent),
                    s.findingsTotal(), s.suppressedTotal(), json(s.counts()), json(s.languages()), json(s.skipped()),
                    json(s.stats()), json(s.warnings()), s.error(), s.taskId(), s.createdAt(), s.startedAt(),
                    s.finishedAt(), Map.of("self", base, "findings", base + "/findings", "report",
                            base + "/report?format=sarif"));
        }
    }

    /** A finding as listed by the API. */
    public record FindingView(UUID id, String fingerprint, String ruleId, String title, String message,
            String severity, String category, List<Integer> cwe, String path, int startLine, int startColumn,
            int endLine, int endColumn, String snippet, String language, String analyzer, String confidence,
            List<String> tags, Finding.Fix fix, boolean suppressed, Finding.Suppression suppression,
            Map<String, String> properties) {

        public static FindingView of(UUID id, Finding f) {
            return new FindingView(id, f.fingerprint(), f.ruleId(), f.title(), f.message(), f.severity().id(),
                    f.category().id(), f.cwe(), f.path(), f.startLine(), f.startColumn(), f.endLine(), f.endColumn(),
                    f.snippet(), f.language() == null ? null : f.language().id(), f.analyzer(),
                    f.confidence() == null ? null : f.confidence().id(), f.tags(), f.fix(), f.suppressed(),
                    f.suppression(), f.properties());
        }

        static FindingView of(FindingRows.Stored s) {
            return of(s.id(), s.finding());
        }
    }

    /** {@code POST /api/v1/analyze}: one snippet or file. */
    public record AnalyzeRequest(String code, @Size(max = 40) String language, @Size(max = 255) String filename,
            AnalyzeOptions options) {
    }

    /** Which analyses to run (all when absent); {@code ai} adds an AI review (rules-only without a provider). */
    public record AnalyzeOptions(Boolean security, Boolean quality, Boolean performance, Boolean standards,
            Boolean maintainability, Boolean ai) {
    }

    /** Findings of one snippet, most severe first. */
    public record AnalyzeResponse(String language, String filename, int lines, List<FindingView> findings,
            Map<String, Integer> counts, long durationMs, List<String> warnings, String mode) {
    }

    static JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return ScanJson.mapper().readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
