package dev.aicoder.scan;

import java.util.Comparator;

import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.Severity;
import dev.aicoder.source.SourceFile;

/** Orderings and the defaults the engine fills in for what an analyzer left out. */
public final class Findings {

    /** By path, line, column, rule and message: the order of reports within a file. */
    public static final Comparator<Finding> BY_LOCATION = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::startLine).thenComparingInt(Finding::startColumn)
            .thenComparing(Finding::ruleId).thenComparing(f -> f.message() == null ? "" : f.message());

    /** Most severe first, then by location: the order of listings and reports. */
    public static final Comparator<Finding> BY_SEVERITY = Comparator
            .comparingInt((Finding f) -> -rank(f.severity())).thenComparing(BY_LOCATION);

    private static final int SNIPPET_LINES = 5;

    private Findings() {
    }

    static int rank(Severity s) {
        return s == null ? -1 : s.rank();
    }

    static int rank(Confidence c) {
        return c == null ? 0 : 3 - c.ordinal();
    }

    /** Fills analyzer id, file path and language, and a snippet from the file's lines when missing. */
    static Finding complete(Finding f, String analyzer, SourceFile file, String[] lines) {
        boolean needsAnalyzer = f.analyzer() == null;
        boolean needsPath = file != null && f.path().isEmpty();
        boolean needsLanguage = file != null && f.language() == null
                && (f.path().isEmpty() || f.path().equals(file.path()));
        boolean needsSnippet = (f.snippet() == null || f.snippet().isEmpty()) && lines != null && f.startLine() > 0
                && f.startLine() <= lines.length;
        if (!needsAnalyzer && !needsPath && !needsLanguage && !needsSnippet) {
            return f;
        }
        Finding.Builder b = f.toBuilder();
        if (needsAnalyzer) {
            b.analyzer(analyzer);
        }
        if (needsPath) {
            b.path(file.path());
        }
        if (needsLanguage) {
            b.language(file.language());
        }
        if (needsSnippet) {
            b.snippet(snippet(lines, f.startLine(), f.endLine()));
        }
        return b.build();
    }

    static String snippet(String[] lines, int start, int end) {
        int last = Math.min(lines.length, Math.min(Math.max(start, end), start + SNIPPET_LINES - 1));
        StringBuilder sb = new StringBuilder();
        for (int i = start; i <= last; i++) {
            if (i > start) {
                sb.append('\n');
            }
            String line = lines[i - 1];
            sb.append(line.length() > 500 ? line.substring(0, 500) + "…" : line);
        }
        return sb.toString();
    }

    /** Splits text into lines (without terminators; a trailing newline adds no empty line). */
    static String[] lines(String text) {
        return text.split("\r?\n", -1);
    }
}
