package dev.aicoder.analysis.quality.metrics;

import java.util.List;

import dev.aicoder.source.Language;

/**
 * Measures of one file, published by the metrics analyzer under the kind {@code metrics}.
 *
 * @param codeLines lines with code (not only comments or whitespace)
 * @param complexity sum of the functions' complexities (lexical files: 1 + decision keywords)
 * @param maxNesting deepest nesting in the file
 * @param method {@code tree-sitter} or {@code lexical}
 */
public record FileMetrics(String path, Language language, int lines, int codeLines, int commentLines,
        int blankLines, int complexity, int maxNesting, List<FunctionMetrics> functions, String method) {

    public FileMetrics {
        functions = List.copyOf(functions);
    }
}
