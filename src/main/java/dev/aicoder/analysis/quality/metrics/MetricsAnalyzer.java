package dev.aicoder.analysis.quality.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.FileAnalyzer;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.syntax.SourceText;
import dev.aicoder.analysis.syntax.SyntaxTree;
import dev.aicoder.analysis.syntax.SyntaxTrees;
import dev.aicoder.source.SourceFile;

/**
 * The {@code metrics} analyzer: lines of code and comments, cyclomatic complexity, length, nesting and parameters
 * per function (tree-sitter where a grammar and spec exist, lexical otherwise). Publishes a {@link FileMetrics}
 * per file under {@code metrics}; values over the {@link MetricsSettings} limits become findings.
 */
public final class MetricsAnalyzer implements FileAnalyzer {

    public static final String ARTIFACT = "metrics";

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
                return TreeMetrics.measure(file.path(), tree.get(), spec.get(), context::cancelled);
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
