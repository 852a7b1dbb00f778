package dev.aicoder.analysis.quality.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.FileAnalyzer;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.syntax.SharedWalk;
import dev.aicoder.analysis.syntax.SourceText;
import dev.aicoder.analysis.syntax.SyntaxTree;
import dev.aicoder.analysis.syntax.SyntaxTrees;
import dev.aicoder.source.Language;
import dev.aicoder.source.SourceFile;

/**
 * The {@code metrics} analyzer: lines of code and comments, cyclomatic complexity, length, nesting and parameters
 * per function (tree-sitter where a grammar and spec exist, lexical otherwise). Publishes a {@link FileMetrics}
 * per file under {@code metrics}; values over the {@link MetricsSettings} limits become findings.
 */
public final class MetricsAnalyzer implements FileAnalyzer {

    public static final String ARTIFACT = "metrics";
    /** Name of this analyzer's part in a {@link SharedWalk}. */
    public static final String WALK_PART = "metrics";

    private final BiFunction<ScanOptions, Language, Map<String, String>> companions;

    public MetricsAnalyzer() {
        this((options, language) -> Map.of());
    }

    /**
     * @param companions other analyzers' queries (part name → source) for a scan's options and a language, to run
     *        in the same walk of the tree ({@link SharedWalk}); they must ask for the same parts
     */
    public MetricsAnalyzer(BiFunction<ScanOptions, Language, Map<String, String>> companions) {
        this.companions = companions;
    }

    /** The metrics query of {@code language}, for a shared walk; empty when it is measured lexically. */
    public static Optional<String> querySource(Language language) {
        return MetricSpecs.of(language).map(MetricSpecs.Spec::query);
    }

    @Override
    public String id() {
        return MetricRules.ANALYZER;
    }

    @Override
    public Set<Category> categories() {
        return Set.of(Category.MAINTAINABILITY);
    }

    @Override
    public Collection<RuleDescriptor> rules() {
        return MetricRules.FILE_RULES;
    }

    @Override
    public boolean supports(SourceFile file) {
        return file.language() != null && file.language().isCode();
    }

    @Override
    public List<Finding> analyze(SourceFile file, String content, AnalysisContext context) {
        MetricsSettings limits = MetricsSettings.from(context.options());
        FileMetrics metrics = measure(file, content, context);
        context.publish(ARTIFACT, metrics);
        SourceText text = new SourceText(content);
        List<Finding> out = new ArrayList<>();
        for (FunctionMetrics f : metrics.functions()) {
            if (f.complexity() > limits.maxComplexity()) {
                out.add(finding(MetricRules.COMPLEXITY, file, text, f.startLine(), escalate(f.complexity(),
                        limits.maxComplexity()), "Function '" + f.name() + "' has a cyclomatic complexity of "
                                + f.complexity() + " (limit " + limits.maxComplexity() + ")", f.complexity()));
            }
            if (f.lines() > limits.maxFunctionLines()) {
                out.add(finding(MetricRules.FUNCTION_LENGTH, file, text, f.startLine(),
                        f.lines() > 2 * limits.maxFunctionLines() ? Severity.MEDIUM : Severity.LOW,
                        "Function '" + f.name() + "' is " + f.lines() + " lines long (limit "
                                + limits.maxFunctionLines() + ")", f.lines()));
            }
            if (f.maxNesting() > limits.maxNesting()) {
                out.add(finding(MetricRules.NESTING, file, text, f.nestingLine(), Severity.MEDIUM, "Control flow in '"
                        + f.name() + "' is nested " + f.maxNesting() + " levels deep (limit " + limits.maxNesting()
                        + ")", f.maxNesting()));
            }
            if (f.parameters() > limits.maxParameters()) {
                out.add(finding(MetricRules.PARAMETERS, file, text, f.startLine(), Severity.LOW, "Function '"
                        + f.name() + "' takes " + f.parameters() + " parameters (limit " + limits.maxParameters()
                        + ")", f.parameters()));
            }
        }
        if (metrics.codeLines() > limits.maxFileLines()) {
            out.add(finding(MetricRules.FILE_LENGTH, file, text, 1, Severity.LOW, "File has " + metrics.codeLines()
                    + " lines of code (limit " + limits.maxFileLines() + ")", metrics.codeLines()));
        }
        return out;
    }

    /** The metrics of one file (tree-sitter when possible). */
    public FileMetrics measure(SourceFile file, String content, AnalysisContext context) {
        Optional<MetricSpecs.Spec> spec = MetricSpecs.of(file.language());
        if (spec.isPresent()) {
            Optional<SyntaxTree> tree = SyntaxTrees.of(context, file, content);
            if (tree.isPresent()) {
                Map<String, String> others = companions.apply(context.options(), file.language());
                if (others.isEmpty()) {
                    return TreeMetrics.measure(file.path(), tree.get(), spec.get(), context::cancelled);
                }
                SortedMap<String, String> parts = new TreeMap<>(others);
                parts.put(WALK_PART, spec.get().query());
                return TreeMetrics.measure(file.path(), tree.get(),
                        SharedWalk.matches(context, file, tree.get(), parts).get(WALK_PART));
            }
        }
        return LexicalMetrics.measure(file.path(), file.language(), content);
    }

    private static Severity escalate(int value, int limit) {
        return value > 2 * limit ? Severity.HIGH : Severity.MEDIUM;
    }

    private static Finding finding(RuleDescriptor rule, SourceFile file, SourceText text, int line, Severity severity,
            String message, int value) {
        return Finding.builder(rule.id()).rule(rule).severity(severity).message(message).path(file.path())
                .line(Math.max(1, line)).snippet(text.line(Math.max(1, line))).language(file.language())
                .confidence(dev.aicoder.analysis.Confidence.HIGH).property("value", String.valueOf(value)).build();
    }
}
