package dev.aicoder.scan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.Severity;
import dev.aicoder.source.Language;

/**
 * What a scan found: findings (fingerprinted, merged, suppressions marked; most severe first), the rules they
 * refer to, the files analysed, what was skipped and why, artifacts published by analyzers, figures and warnings
 * (an analyzer that failed, a file over its time budget).
 */
public record ScanResult(List<Finding> findings, Map<String, RuleDescriptor> rules, List<FileSummary> files,
        Map<String, Integer> skipped, Map<String, List<JsonNode>> artifacts, Stats stats, List<String> warnings) {

    /** One analysed file. */
    public record FileSummary(String path, Language language, long size, int lines, String sha256, int findings) {
    }

    /**
     * @param cachedFiles files whose results came from the cache
     * @param languages files per language id
     * @param analyzerMs time spent in each analyzer (summed over threads; cache hits cost nothing)
     */
    public record Stats(int files, long lines, long bytes, int cachedFiles, long durationMs,
            Map<String, Integer> languages, Map<String, Long> analyzerMs) {

        public Stats {
            analyzerMs = analyzerMs == null ? Map.of() : Map.copyOf(analyzerMs);
        }
    }

    /** Unsuppressed findings per severity, every severity present (0 when none). */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.stream().filter(f -> !f.suppressed()).forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    /** Whether an unsuppressed finding at or above {@code threshold} exists (for CI gates). */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> !f.suppressed() && f.severity().atLeast(threshold));
    }

    /** The same result with only the findings {@code keep} accepts. */
    public ScanResult filter(Predicate<Finding> keep) {
        return new ScanResult(findings.stream().filter(keep).toList(), rules, files, skipped, artifacts, stats,
                warnings);
    }
}
