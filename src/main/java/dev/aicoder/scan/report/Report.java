package dev.aicoder.scan.report;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.Severity;
import dev.aicoder.scan.ScanResult;

/**
 * Everything a report shows, whether it comes from a scan just run (CLI) or from the database (API).
 *
 * @param target what was scanned: a folder, archive name or git URL
 * @param commit the commit scanned, or null
 * @param findings most severe first
 */
public record Report(String target, String commit, Instant createdAt, List<Finding> findings,
        Map<String, RuleDescriptor> rules, Map<String, Integer> skipped, ScanResult.Stats stats,
        List<String> warnings) {

    public static final String TOOL = "AI Coder Assistant";
    public static final String TOOL_ID = "aicoder";
    public static final String VERSION = "0.1.0";
    public static final String INFORMATION_URI = "https://github.com/aicoder-dev/ai-coder-assistant";

    public Report {
        findings = List.copyOf(findings);
        rules = rules == null ? Map.of() : Map.copyOf(rules);
        skipped = skipped == null ? Map.of() : Map.copyOf(skipped);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        createdAt = createdAt == null ? Instant.now() : createdAt;
    }

    public static Report of(ScanResult result, String target, String commit) {
        return new Report(target, commit, Instant.now(), result.findings(), result.rules(), result.skipped(),
                result.stats(), result.warnings());
    }

    public List<Finding> open() {
        return findings.stream().filter(f -> !f.suppressed()).toList();
    }

    public long suppressed() {
        return findings.stream().filter(Finding::suppressed).count();
    }

    /** Unsuppressed findings per severity (every severity present). */
    public Map<Severity, Integer> bySeverity() {
        Map<Severity, Integer> out = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            out.put(s, 0);
        }
        open().forEach(f -> out.merge(f.severity(), 1, Integer::sum));
        return out;
    }

    /** Unsuppressed findings per category (every category present). */
    public Map<Category, Integer> byCategory() {
        Map<Category, Integer> out = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            out.put(c, 0);
        }
        open().forEach(f -> out.merge(f.category(), 1, Integer::sum));
        return out;
    }

    /** Unsuppressed findings per language id ({@code other} when unknown). */
    public Map<String, Integer> byLanguage() {
        Map<String, Integer> out = new TreeMap<>();
        open().forEach(f -> out.merge(f.language() == null ? "other" : f.language().displayName(), 1, Integer::sum));
        return out;
    }

    public RuleDescriptor rule(Finding f) {
        RuleDescriptor r = rules.get(f.ruleId());
        return r != null ? r : new RuleDescriptor(f.ruleId(), f.title(), f.title(), f.severity(), f.category(),
                f.cwe(), f.tags(), f.analyzer());
    }
}
