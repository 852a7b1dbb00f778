package dev.aicoder.analysis.quality.metrics;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.aicoder.source.Language;

/**
 * A file as a sequence of token ids (identifiers, literals, operators; no whitespace or comments) with the line of
 * each token, for duplicate detection. Import, package and include lines are left out: they repeat by nature.
 */
record Tokens(int[] ids, int[] lines) {

    private static final Pattern BOILERPLATE = Pattern.compile(
            "^\\s*(import|package|using|#include|#import|from\\s+\\S+\\s+import|require|require_once|use|extern crate)\\b");

    int size() {
        return ids.length;
    }

    /** Tokenises {@code text}; {@code dictionary} interns token texts to ids (shared across files). */
    static Tokens of(Language language, String text, Map<String, Integer> dictionary) {
        CommentSyntax syntax = CommentSyntax.of(language);
        List<int[]> comments = syntax.commentRanges(text);
        int[] ids = new int[Math.max(16, text.length() / 3)];
        int[] lines = new int[ids.length];
        int count = 0;
        int line = 1;
        int lineStart = 0;
        boolean skipLine = boilerplate(text, 0);
        int nextComment = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (nextComment < comments.size() && i >= comments.get(nextComment)[0]) {
                int end = comments.get(nextComment++)[1];
                for (int j = i; j < end && j < n; j++) {
                    if (text.charAt(j) == '\n') {
                        line++;
                        lineStart = j + 1;
                    }
                }
                skipLine = boilerplate(text, lineStart);
                i = Math.max(end, i + 1);
                continue;
            }
            if (c == '\n') {
                line++;
                i++;
                lineStart = i;
                skipLine = boilerplate(text, i);
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end;
            if (Character.isJavaIdentifierStart(c)) {
                end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
            } else if (Character.isDigit(c)) {
                end = i + 1;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
            } else if (syntax.stringQuotes().indexOf(c) >= 0) {
                end = CommentSyntax.skipString(text, i, c);
            } else {
                end = i + 1;
            }
            if (!skipLine) {
                if (count == ids.length) {
                    ids = java.util.Arrays.copyOf(ids, count * 2);
                    lines = java.util.Arrays.copyOf(lines, count * 2);
                }
                ids[count] = dictionary.computeIfAbsent(text.substring(i, end), k -> dictionary.size() + 1);
                lines[count++] = line;
            }
            for (int j = i; j < end; j++) {
                if (text.charAt(j) == '\n') {
                    line++;
                    lineStart = j + 1;
                }
            }
            i = Math.max(end, i + 1);
        }
        return new Tokens(java.util.Arrays.copyOf(ids, count), java.util.Arrays.copyOf(lines, count));
    }

    private static boolean boilerplate(String text, int lineStart) {
        int end = text.indexOf('\n', lineStart);
        return BOILERPLATE.matcher(text.substring(lineStart, end < 0 ? text.length() : end)).find();
    }
}
