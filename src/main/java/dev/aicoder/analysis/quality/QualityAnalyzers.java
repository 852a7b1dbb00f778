package dev.aicoder.analysis.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.aicoder.analysis.Analyzer;
import dev.aicoder.analysis.FileAnalyzer;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.quality.metrics.DuplicateCodeAnalyzer;
import dev.aicoder.analysis.quality.metrics.MetricsAnalyzer;
import dev.aicoder.analysis.quality.pmd.PmdAnalyzer;
import dev.aicoder.analysis.quality.pmd.PmdRules;
import dev.aicoder.analysis.quality.rules.RulePacks;
import dev.aicoder.analysis.quality.rules.RulesAnalyzer;

/**
 * The code-quality capability as plain Java, for the scan engine and the CLI: the YAML rule packs
 * ({@code rules}), metrics ({@code metrics}), duplicated code ({@code duplicates}) and PMD for Java ({@code pmd}).
 * Built-in rules and PMD rule sets are loaded once per process and shared; the analyzers are thread-safe.
 */
public final class QualityAnalyzers {

    private static volatile PmdRules pmdRules;

    private QualityAnalyzers() {
    }

    /** All quality analyzers; PMD uses as many threads as there are cores. */
    public static List<Analyzer> create() {
        return create(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /** All quality analyzers, PMD with {@code pmdThreads} worker threads (0 runs PMD in the calling thread). */
    public static List<Analyzer> create(int pmdThreads) {
        List<Analyzer> out = new ArrayList<>(fileAnalyzers());
        out.add(new DuplicateCodeAnalyzer());
        out.add(new PmdAnalyzer(pmdRules(), pmdThreads));
        return List.copyOf(out);
    }

    /**
     * The per-file analyzers ({@code rules}, {@code metrics}), wired to share one walk of each file's syntax tree:
     * their tree-sitter queries run as one merged query, whichever of the two asks first.
     */
    public static List<FileAnalyzer> fileAnalyzers() {
        RulesAnalyzer rules = new RulesAnalyzer(RulePacks.builtin(), language -> MetricsAnalyzer
                .querySource(language).map(q -> Map.of(MetricsAnalyzer.WALK_PART, q)).orElse(Map.of()));
        MetricsAnalyzer metrics = new MetricsAnalyzer((options, language) -> rules
                .querySource(options.extraRuleDirs(), language).map(q -> Map.of(RulesAnalyzer.WALK_PART, q))
                .orElse(Map.of()));
        return List.of(rules, metrics);
    }

    /** Every rule these analyzers can report, for SARIF {@code rules} and the rules catalogue. */
    public static List<RuleDescriptor> catalogue() {
        List<RuleDescriptor> all = new ArrayList<>();
        for (Analyzer analyzer : create(0)) {
            all.addAll(analyzer.rules());
        }
        return all;
    }

    private static PmdRules pmdRules() {
        PmdRules rules = pmdRules;
        if (rules == null) {
            synchronized (QualityAnalyzers.class) {
                if (pmdRules == null) {
                    pmdRules = PmdRules.load();
                }
                rules = pmdRules;
            }
        }
        return rules;
    }
}
