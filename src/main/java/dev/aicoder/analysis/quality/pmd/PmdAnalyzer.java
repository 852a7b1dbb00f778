package dev.aicoder.analysis.quality.pmd;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.sourceforge.pmd.reporting.RuleViolation;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.WorkspaceAnalyzer;
import dev.aicoder.analysis.syntax.SourceText;
import dev.aicoder.source.Language;
import dev.aicoder.source.SourceFile;
import dev.aicoder.source.Workspace;

/**
 * The {@code pmd} analyzer: PMD 7 over all Java files of the workspace in one analysis (PMD parses and resolves
 * types once per run and spreads files over its own threads; see docs/benchmarks.md for why not per file).
 * Violations become findings with ids {@code pmd.<RuleName>}.
 */
public final class PmdAnalyzer implements WorkspaceAnalyzer {

    private final PmdRules rules;
    private final PmdRunner runner;

    public PmdAnalyzer() {
        this(PmdRules.load(), Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public PmdAnalyzer(PmdRules rules, int threads) {
        this.rules = rules;
        this.runner = new PmdRunner(rules, threads);
    }

    @Override
    public String id() {
        return PmdRules.ANALYZER;
    }

    @Override
    public Set<Category> categories() {
        return Set.of(Category.QUALITY, Category.MAINTAINABILITY, Category.PERFORMANCE, Category.SECURITY);
    }

    @Override
    public Collection<RuleDescriptor> rules() {
        return rules.descriptors();
    }

    @Override
    public List<Finding> analyze(Workspace workspace, AnalysisContext context) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (SourceFile file : workspace.files()) {
            if (file.language() == Language.JAVA) {
                sources.put(file.path(), workspace.read(file));
            }
        }
        return analyze(sources, context);
    }

    /** Runs PMD over {@code sources} (path → content); also used for single-file analysis. */
    public List<Finding> analyze(Map<String, String> sources, AnalysisContext context) {
        Map<String, SourceText> texts = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        for (RuleViolation v : runner.run(sources)) {
            RuleDescriptor rule = rules.descriptor(v.getRule().getName());
            if (rule == null || !context.options().enabled(rule.category())) {
                continue;
            }
            String path = v.getFileId().getOriginalPath();
            SourceText text = texts.computeIfAbsent(path, p -> new SourceText(sources.getOrDefault(p, "")));
            int endLine = Math.max(v.getBeginLine(), v.getEndLine());
            StringBuilder snippet = new StringBuilder();
            for (int line = v.getBeginLine(); line <= Math.min(endLine, v.getBeginLine() + 4); line++) {
                snippet.append(line > v.getBeginLine() ? "\n" : "").append(text.line(line));
            }
            out.add(Finding.builder(rule.id()).rule(rule).message(v.getDescription()).path(path)
                    .range(v.getBeginLine(), v.getBeginColumn(), endLine, v.getEndColumn())
                    .snippet(snippet.toString()).language(Language.JAVA).confidence(Confidence.HIGH)
                    .properties(info(v)).build());
        }
        return out;
    }

    private static Map<String, String> info(RuleViolation v) {
        Map<String, String> out = new LinkedHashMap<>();
        v.getAdditionalInfo().forEach((k, val) -> {
            if (val != null && !val.isBlank()) {
                out.put("pmd_" + k, val);
            }
        });
        return out;
    }
}
