package dev.aicoder.analysis.security.taint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.Finding;
import dev.aicoder.cli.AicoderCli;
import dev.aicoder.scan.ScanJson;

/**
 * The whole product on the labeled corpus: the CLI security scan (rule packs, PMD, secrets, taint...) with its
 * duplicate merging, scored like {@link SastScoreTest}; also lists which rules raise the false alarms.
 * Run by bench/sast-score.sh: {@code java -cp ... dev.aicoder.analysis.security.taint.SastProductScore}.
 */
public final class SastProductScore {

    private SastProductScore() {
    }

    public static void main(String[] args) throws Exception {
        Path report = Files.createTempFile("sast-product", ".json");
        long start = System.nanoTime();
        int code = AicoderCli.run("scan", SastCorpus.ROOT.toString(), "--format", "json", "--output",
                report.toString(), "--no-cache", "--no-progress", "--quiet", "--categories", "security");
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (code > 1) {
            throw new IllegalStateException("scan failed with exit code " + code);
        }
        JsonNode root = ScanJson.mapper().readTree(Files.readString(report));
        Files.delete(report);
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : root.path("findings")) {
            if (!f.path("suppression").isMissingNode() && !f.path("suppression").isNull()) {
                continue;
            }
            List<Integer> cwe = new ArrayList<>();
            f.path("cwe").forEach(c -> cwe.add(c.asInt()));
            String conf = f.path("confidence").asText("");
            findings.add(Finding.builder(f.path("rule_id").asText()).path(f.path("path").asText()).cwe(cwe)
                    .confidence(conf.isEmpty() ? null : Confidence.of(conf)).build());
        }
        List<SastCorpus.Case> cases = SastCorpus.load();
        print("Whole product (CLI security scan, all analyzers, merged) on the labeled corpus (" + cases.size()
                + " cases, " + ms + " ms)", cases, findings);
        System.out.println();
        print("Whole product, findings of confidence medium or higher (--min-confidence medium: pattern matches the "
                + "taint analysis did not confirm left out)", cases, findings.stream()
                .filter(f -> Confidence.atLeast(f.confidence(), Confidence.MEDIUM)).toList());
    }

    private static void print(String title, List<SastCorpus.Case> cases, List<Finding> findings) {
        Map<String, String> ruleByPathCwe = new TreeMap<>();
        findings.forEach(f -> f.cwe().forEach(c -> ruleByPathCwe.merge(f.path() + "#" + c, f.ruleId(),
                (a, b) -> a + "," + b)));
        SastCorpus.Score score = SastCorpus.score(cases, findings);
        System.out.print(score.table(title));
        Map<String, Integer> alarmsByRule = new TreeMap<>();
        for (SastCorpus.Case c : cases) {
            String rules = ruleByPathCwe.get(c.path() + "#" + c.cwe());
            if (!c.vulnerable() && rules != null) {
                for (String r : rules.split(",")) {
                    alarmsByRule.merge(r, 1, Integer::sum);
                }
            }
        }
        System.out.println("false alarms by rule: " + alarmsByRule);
    }
}
