package dev.aicoder.analysis.quality.metrics;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aicoder.source.Language;

/**
 * File-level metrics without a grammar: lines by kind from the language's comment syntax, complexity as 1 plus
 * decision keywords and boolean operators, nesting from braces or indentation. No per-function figures.
 */
final class LexicalMetrics {

    private static final Pattern DECISION = Pattern.compile(
            "\\b(?:" + String.join("|", CommentSyntax.DECISION_WORDS) + ")\\b|&&|\\|\\|");

    private LexicalMetrics() {
    }

    static FileMetrics measure(String path, Language language, String text) {
        CommentSyntax syntax = CommentSyntax.of(language);
        List<int[]> comments = syntax.commentRanges(text);
        LineStats lines = LineStats.of(text, comments);
        String code = blankOut(text, comments, syntax);
        int complexity = 1;
        Matcher m = DECISION.matcher(code);
        while (m.find()) {
            complexity++;
        }
        int nesting = syntax.braces() ? braceDepth(code) : indentDepth(code);
        return new FileMetrics(path, language, lines.lines(), lines.code(), lines.comment(), lines.blank(),
                complexity, nesting, List.of(), "lexical");
    }

    /** The text with comments and string contents replaced by spaces (line breaks kept). */
    static String blankOut(String text, List<int[]> comments, CommentSyntax syntax) {
        char[] out = text.toCharArray();
        for (int[] r : comments) {
            for (int i = r[0]; i < r[1] && i < out.length; i++) {
                if (out[i] != '\n') {
                    out[i] = ' ';
                }
            }
        }
        int i = 0;
        while (i < out.length) {
            char c = out[i];
            if (!syntax.stringQuotes().isEmpty() && syntax.stringQuotes().indexOf(c) >= 0) {
                int end = CommentSyntax.skipString(text, i, c);
                for (int j = i + 1; j < end - 1 && j < out.length; j++) {
                    if (out[j] != '\n') {
                        out[j] = ' ';
                    }
                }
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
        return new String(out);
    }

    /** Deepest brace nesting below the outermost block (a function body in a class counts from its own level). */
    private static int braceDepth(String code) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '{') {
                max = Math.max(max, ++depth);
            } else if (c == '}' && depth > 0) {
                depth--;
            }
        }
        return Math.max(0, max - 2);
    }

    private static int indentDepth(String code) {
        int unit = Integer.MAX_VALUE;
        int deepest = 0;
        for (String line : code.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int indent = 0;
            while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
                indent += line.charAt(indent) == '\t' ? 4 : 1;
            }
            if (indent > 0) {
                unit = Math.min(unit, indent);
            }
            deepest = Math.max(deepest, indent);
        }
        return unit == Integer.MAX_VALUE ? 0 : Math.max(0, deepest / unit - 1);
    }
}
