package dev.aicoder.analysis.quality.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.aicoder.source.Language;

/**
 * Lexical knowledge of a language: comment and string delimiters, and whether blocks are braces or indentation.
 * Used where no grammar (or no metric spec) exists, and by the duplicate-code tokenizer.
 */
record CommentSyntax(List<String> lineComments, String blockStart, String blockEnd, String stringQuotes,
        boolean braces) {

    private static final CommentSyntax C_LIKE = new CommentSyntax(List.of("//"), "/*", "*/", "\"'`", true);
    private static final CommentSyntax HASH = new CommentSyntax(List.of("#"), null, null, "\"'", false);

    static CommentSyntax of(Language language) {
        if (language == null) {
            return HASH;
        }
        return switch (language) {
            case JAVA, JAVASCRIPT, TYPESCRIPT, C, CPP, CSHARP, GO, RUST, KOTLIN, SWIFT, SCALA -> C_LIKE;
            case PHP -> new CommentSyntax(List.of("//", "#"), "/*", "*/", "\"'`", true);
            case TERRAFORM -> new CommentSyntax(List.of("#", "//"), "/*", "*/", "\"", true);
            case FSHARP -> new CommentSyntax(List.of("//"), "(*", "*)", "\"", false);
            case SQL -> new CommentSyntax(List.of("--"), "/*", "*/", "'\"", false);
            case HASKELL -> new CommentSyntax(List.of("--"), "{-", "-}", "\"", false);
            case ERLANG -> new CommentSyntax(List.of("%"), null, null, "\"", false);
            case MATLAB -> new CommentSyntax(List.of("%"), "%{", "%}", "\"'", false);
            case CLOJURE -> new CommentSyntax(List.of(";"), null, null, "\"", false);
            case JULIA -> new CommentSyntax(List.of("#"), "#=", "=#", "\"", false);
            case RUBY -> new CommentSyntax(List.of("#"), "=begin", "=end", "\"'`", false);
            case XML, HTML, MARKDOWN -> new CommentSyntax(List.of(), "<!--", "-->", "", false);
            case JSON, TEXT -> new CommentSyntax(List.of(), null, null, "\"", false);
            default -> HASH; // Python, shell, R, YAML, Dockerfile, Elixir, properties
        };
    }

    /** Ranges {@code [start, end)} of comments in {@code text}, skipping string literals. */
    List<int[]> commentRanges(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (blockStart != null && text.startsWith(blockStart, i)) {
                int end = text.indexOf(blockEnd, i + blockStart.length());
                end = end < 0 ? n : end + blockEnd.length();
                out.add(new int[] { i, end });
                i = end;
            } else if (startsLineComment(text, i)) {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.add(new int[] { i, end });
                i = end;
            } else if (stringQuotes.indexOf(c) >= 0) {
                i = skipString(text, i, c);
            } else {
                i++;
            }
        }
        return out;
    }

    private boolean startsLineComment(String text, int i) {
        for (String prefix : lineComments) {
            if (text.startsWith(prefix, i)) {
                return true;
            }
        }
        return false;
    }

    /** Index just after the string starting at {@code i}; strings do not span lines unless triple-quoted or `. */
    static int skipString(String text, int i, char quote) {
        int n = text.length();
        boolean triple = i + 2 < n && text.charAt(i + 1) == quote && text.charAt(i + 2) == quote;
        String close = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        int j = i + close.length();
        while (j < n) {
            char c = text.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (text.startsWith(close, j)) {
                return j + close.length();
            }
            if (c == '\n' && !triple && quote != '`') {
                return j;
            }
            j++;
        }
        return n;
    }

    static final Set<String> DECISION_WORDS = Set.of("if", "elif", "elsif", "for", "foreach", "while", "until",
            "unless", "case", "when", "catch", "except", "rescue");
}
