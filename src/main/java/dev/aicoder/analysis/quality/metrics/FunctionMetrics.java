package dev.aicoder.analysis.quality.metrics;

/**
 * Measures of one function, method or lambda.
 *
 * @param lines lines from the first to the last line of the function
 * @param complexity cyclomatic complexity (1 + decision points, not counting nested functions)
 * @param maxNesting deepest nesting of control structures inside the function (0 = none)
 * @param parameters number of declared parameters, -1 when unknown
 */
public record FunctionMetrics(String name, int startLine, int endLine, int lines, int complexity, int maxNesting,
        int nestingLine, int parameters) {
}
