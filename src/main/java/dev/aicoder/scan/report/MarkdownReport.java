package dev.aicoder.scan.report;

import java.util.List;
import java.util.Map;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.Severity;

/**
 * Markdown for pull-request comments: a severity summary, then the most severe open findings as a table with
 * the code in collapsible blocks. GitHub comments are limited to 65,536 characters, so at most 50 findings are
 * listed and the text is cut before that limit.
 */
public final class MarkdownReport {

    static final int MAX_LISTED = 50;
    static final int MAX_CHARS = 60_000;

    private MarkdownReport() {
    }

    public static String render(Report r) {
        StringBuilder md = new StringBuilder();
        List<Finding> open = r.open();
        md.append("## ").append(Report.TOOL).append(": ");
        md.append(open.isEmpty() ? "no findings" : open.size() + (open.size() == 1 ? " finding" : " findings"));
        md.append("\n\n");
        if (r.target() != null) {
            md.append("Scanned `").append(code(r.target())).append('`');
            if (r.commit() != null) {
                md.append(" at `").append(r.commit(), 0, Math.min(12, r.commit().length())).append('`');
            }
            md.append(r.stats() == null ? "" : ": " + r.stats().files() + " files, " + r.stats().lines() + " lines");
            md.append(".\n\n");
        }
        md.append("| Severity | Count |\n| --- | ---: |\n");
        for (Map.Entry<Severity, Integer> e : r.bySeverity().entrySet()) {
            md.append("| ").append(icon(e.getKey())).append(' ').append(e.getKey().id()).append(" | ")
                    .append(e.getValue()).append(" |\n");
        }
        if (r.suppressed() > 0) {
            md.append("\n").append(r.suppressed()).append(" suppressed finding(s) not listed.\n");
        }
        if (!open.isEmpty()) {
            md.append("\n| | Rule | Location | Message |\n| --- | --- | --- | --- |\n");
            int listed = 0;
            for (Finding f : open) {
                if (listed == MAX_LISTED || md.length() > MAX_CHARS - 2_000) {
                    break;
                }
                md.append("| ").append(icon(f.severity())).append(" | `").append(code(f.ruleId())).append("` | `")
                        .append(code(location(f))).append("` | ").append(cell(f.message())).append(" |\n");
                listed++;
            }
            if (open.size() > listed) {
                md.append("\n…and ").append(open.size() - listed).append(" more in the full report.\n");
            }
            appendSnippets(md, open.subList(0, listed));
        }
        if (!r.warnings().isEmpty()) {
            md.append("\n> ").append(r.warnings().size()).append(" warning(s) during the scan, e.g. ")
                    .append(cell(r.warnings().get(0))).append('\n');
        }
        return md.length() > MAX_CHARS ? md.substring(0, MAX_CHARS) + "\n\n(cut)\n" : md.toString();
    }

    private static void appendSnippets(StringBuilder md, List<Finding> findings) {
        md.append("\n<details><summary>Code</summary>\n\n");
        for (Finding f : findings) {
            if (f.snippet() == null || f.snippet().isBlank() || md.length() > MAX_CHARS - 4_000) {
                continue;
            }
            String fence = f.snippet().contains("```") ? "~~~~" : "```";
            md.append("**").append(cell(f.title())).append("** `").append(code(location(f))).append("`\n")
                    .append(fence).append(f.language() == null ? "" : f.language().id()).append('\n')
                    .append(f.snippet()).append('\n').append(fence).append("\n\n");
        }
        md.append("</details>\n");
    }

    static String location(Finding f) {
        return f.startLine() > 0 ? f.path() + ":" + f.startLine() : f.path().isEmpty() ? "(project)" : f.path();
    }

    private static String icon(Severity s) {
        return switch (s) {
            case CRITICAL -> "🟥";
            case HIGH -> "🟧";
            case MEDIUM -> "🟨";
            case LOW -> "🟦";
            case INFO -> "⬜";
        };
    }

    private static String cell(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replace("\r", " ").replace("\n", " ").replace("|", "\\|").replace("<", "&lt;")
                .replace(">", "&gt;");
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    private static String code(String s) {
        return s.replace("`", "'").replace("\n", " ");
    }
}
