package dev.aicoder.performance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.Severity;

/**
 * Ranks a scan's performance findings into hot spots: a finding weighs more when its severity is higher, when the
 * function it sits in is complex (cyclomatic complexity from the {@code metrics} artifact: more paths reach the
 * slow code, and it is harder to fix) and when its code has many call sites (references into its class or file from
 * the architecture graph's unit edges). {@code score = severity × (1 + log2(1 + complexity)) × (1 + log2(1 +
 * call sites))}.
 */
public final class HotSpots {

    private HotSpots() {
    }

    /** One ranked finding with the weights behind its score. */
    public record HotSpot(int rank, double score, String ruleId, String title, String severity, String path,
            int line, String function, int complexity, int callSites, String message, String fingerprint) {
    }

    /** Per file: how many performance findings and their summed score. */
    public record FileSummary(String path, int findings, double score) {
    }

    public record Summary(int findings, Map<String, Integer> byRule, List<FileSummary> files, List<HotSpot> hotSpots,
            String weighting) {
    }

    static final String WEIGHTING = "severity (critical 10, high 6, medium 3, low 1, info 0.5) x (1 + log2(1 + "
            + "complexity of the enclosing function)) x (1 + log2(1 + call sites of its class or file))";

    public static Summary rank(List<Finding> findings, List<JsonNode> metrics, List<JsonNode> architecture,
            int limit) {
        Map<String, JsonNode> fileMetrics = new HashMap<>();
        metrics.forEach(m -> fileMetrics.put(m.path("path").asText(), m));
        Map<String, Integer> callSites = callSites(architecture);
        List<HotSpot> spots = new ArrayList<>();
        Map<String, Integer> byRule = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.category() != Category.PERFORMANCE || f.suppressed()) {
                continue;
            }
            byRule.merge(f.ruleId(), 1, Integer::sum);
            JsonNode function = enclosing(fileMetrics.get(f.path()), f.startLine());
            int complexity = function == null ? 1 : Math.max(1, function.path("complexity").asInt(1));
            int calls = callSites.getOrDefault(f.path(), 0);
            double score = weight(f.severity()) * (1 + log2(1 + complexity)) * (1 + log2(1 + calls));
            spots.add(new HotSpot(0, Math.round(score * 100) / 100.0, f.ruleId(), f.title(), f.severity().id(),
                    f.path(), f.startLine(), function == null ? null : function.path("name").asText(null), complexity,
                    calls, f.message(), f.fingerprint()));
        }
        spots.sort(Comparator.comparingDouble(HotSpot::score).reversed().thenComparing(HotSpot::path)
                .thenComparingInt(HotSpot::line));
        Map<String, double[]> perFile = new LinkedHashMap<>();
        for (HotSpot s : spots) {
            double[] acc = perFile.computeIfAbsent(s.path(), p -> new double[2]);
            acc[0]++;
            acc[1] += s.score();
        }
        List<FileSummary> files = new ArrayList<>();
        perFile.forEach((p, acc) -> files.add(new FileSummary(p, (int) acc[0], Math.round(acc[1] * 100) / 100.0)));
        files.sort(Comparator.comparingDouble(FileSummary::score).reversed().thenComparing(FileSummary::path));
        List<HotSpot> ranked = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, spots.size()); i++) {
            HotSpot s = spots.get(i);
            ranked.add(new HotSpot(i + 1, s.score(), s.ruleId(), s.title(), s.severity(), s.path(), s.line(),
                    s.function(), s.complexity(), s.callSites(), s.message(), s.fingerprint()));
        }
        return new Summary(spots.size(), byRule, files.subList(0, Math.min(files.size(), limit)), ranked, WEIGHTING);
    }

    /** The innermost function of the file's metrics that contains {@code line}. */
    private static JsonNode enclosing(JsonNode file, int line) {
        if (file == null) {
            return null;
        }
        JsonNode best = null;
        for (JsonNode fn : file.path("functions")) {
            int start = fn.path("start_line").asInt();
            int end = fn.path("end_line").asInt();
            if (start <= line && line <= end && (best == null
                    || end - start < best.path("end_line").asInt() - best.path("start_line").asInt())) {
                best = fn;
            }
        }
        return best;
    }

    /** References into each file from other units: incoming unit-edge weights, by the file of the target unit. */
    private static Map<String, Integer> callSites(List<JsonNode> architecture) {
        Map<String, Integer> out = new HashMap<>();
        if (architecture.isEmpty()) {
            return out;
        }
        JsonNode report = architecture.get(0);
        Map<String, String> pathOf = new HashMap<>();
        report.path("class_metrics").forEach(c -> pathOf.put(c.path("id").asText(), c.path("path").asText()));
        for (JsonNode e : report.path("units").path("edges")) {
            String to = e.path("to").asText();
            String path = pathOf.getOrDefault(to, to);
            if (!path.equals(pathOf.getOrDefault(e.path("from").asText(), e.path("from").asText()))) {
                out.merge(path, e.path("weight").asInt(1), Integer::sum);
            }
        }
        return out;
    }

    private static double weight(Severity s) {
        return switch (s) {
            case CRITICAL -> 10;
            case HIGH -> 6;
            case MEDIUM -> 3;
            case LOW -> 1;
            default -> 0.5;
        };
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
