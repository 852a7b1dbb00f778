package dev.aicoder.scan.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.scan.ScanJson;
import dev.aicoder.scan.ScanResult;

/**
 * The JSON report: summary, rules and every finding (suppressed ones marked). Its {@code findings[].fingerprint}
 * values make it usable as a baseline file ({@code --baseline}).
 */
public final class JsonReport {

    private JsonReport() {
    }

    /** The document's shape. */
    public record Document(String tool, String version, String target, String commit, String createdAt,
            Summary summary, List<RuleDescriptor> rules, List<Finding> findings, List<String> warnings) {
    }

    /** Totals; counts are of unsuppressed findings. */
    public record Summary(int findings, long suppressed, Map<String, Integer> bySeverity,
            Map<String, Integer> byCategory, Map<String, Integer> byLanguage, Map<String, Integer> skipped,
            ScanResult.Stats stats) {
    }

    public static String render(Report r) {
        Map<String, Integer> severity = new LinkedHashMap<>();
        r.bySeverity().forEach((k, v) -> severity.put(k.id(), v));
        Map<String, Integer> category = new LinkedHashMap<>();
        r.byCategory().forEach((k, v) -> category.put(k.id(), v));
        Summary summary = new Summary(r.open().size(), r.suppressed(), severity, category, r.byLanguage(),
                r.skipped(), r.stats());
        Document doc = new Document(Report.TOOL, Report.VERSION, r.target(), r.commit(), r.createdAt().toString(),
                summary, List.copyOf(r.rules().values()), r.findings(), r.warnings());
        try {
            return ScanJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
