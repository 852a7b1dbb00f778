package dev.aicoder.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aicoder.analysis.Finding;

/**
 * {@code aicoder-ignore: RULE reason} comments, in any comment syntax. A directive at the end of a line of code
 * suppresses findings on that line; a directive on a line of its own suppresses findings on the next line; {@code aicoder-ignore-file: RULE reason} within the first 20 lines suppresses the
 * rule in the whole file. RULE is a rule id, several separated by commas, a prefix ending in {@code *}
 * ({@code pmd.*}) or {@code *} for all. Suppressed findings are kept and marked, never dropped.
 */
final class InlineSuppressions {

    private static final Pattern DIRECTIVE = Pattern.compile(
            "aicoder-ignore(-file)?:\\s*([A-Za-z0-9_.*/:-]+(?:\\s*,\\s*[A-Za-z0-9_.*/:-]+)*)[ \\t]*([^\\r\\n]*)");
    private static final int FILE_DIRECTIVE_LINES = 20;
    private static final String CLOSERS = "(?:\\*/|-->|-\\}|\\*\\)|#>)\\s*$";

    private InlineSuppressions() {
    }

    /** One directive: the line it sits on (1-based), whether it covers the file, its rule patterns and reason. */
    record Directive(int line, boolean standalone, boolean wholeFile, List<String> rules, String reason) {

        boolean appliesTo(int findingLine) {
            return wholeFile || findingLine == line || standalone && findingLine == line + 1;
        }

        boolean covers(String ruleId) {
            for (String r : rules) {
                if (r.equals("*") || r.equalsIgnoreCase(ruleId)
                        || (r.endsWith("*") && ruleId.toLowerCase(Locale.ROOT)
                                .startsWith(r.substring(0, r.length() - 1).toLowerCase(Locale.ROOT)))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The directives of a file's text (fast path: none without the marker). */
    static List<Directive> parse(String text) {
        if (text.indexOf("aicoder-ignore") < 0) {
            return List.of();
        }
        List<Directive> out = new ArrayList<>();
        int line = 1;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String row = text.substring(start, end);
            if (row.contains("aicoder-ignore")) {
                Matcher m = DIRECTIVE.matcher(row);
                if (m.find()) {
                    boolean file = m.group(1) != null;
                    if (!file || line <= FILE_DIRECTIVE_LINES) {
                        List<String> rules = List.of(m.group(2).split("\\s*,\\s*"));
                        String reason = m.group(3).replaceAll(CLOSERS, "").trim();
                        boolean alone = row.substring(0, m.start()).replaceAll("[\\s/#*;%<!{('-]", "").isEmpty();
                        out.add(new Directive(line, alone, file, rules, reason.isEmpty() ? null : reason));
                    }
                }
            }
            line++;
            start = end + 1;
        }
        return out;
    }

    /** The finding, marked as suppressed when a directive covers it (under any of its rule ids). */
    static Finding apply(Finding finding, List<Directive> directives, List<String> ruleIds) {
        if (directives.isEmpty() || finding.suppressed()) {
            return finding;
        }
        for (Directive d : directives) {
            if (d.appliesTo(finding.startLine()) && ruleIds.stream().anyMatch(d::covers)) {
                String reason = d.reason() == null ? "aicoder-ignore comment on line " + d.line() : d.reason();
                return finding.withSuppression(new Finding.Suppression("inline", reason));
            }
        }
        return finding;
    }
}
