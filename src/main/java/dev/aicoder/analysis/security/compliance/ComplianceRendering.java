package dev.aicoder.analysis.security.compliance;

import java.util.List;
import java.util.stream.Collectors;

import dev.aicoder.analysis.security.compliance.ComplianceReport.ControlResult;

/**
 * A compliance report as a Markdown or HTML section, for the scan's reports (the HTML report's compliance section,
 * Markdown summaries in pull requests). HTML output escapes every value taken from findings or tables.
 */
public final class ComplianceRendering {

    private ComplianceRendering() {
    }

    public static String markdown(ComplianceReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("## Compliance: ").append(r.title()).append("\n\n").append(summary(r)).append("\n\n")
                .append("| control | status | findings | not checked (CWE) |\n| --- | --- | --- | --- |\n");
        for (ControlResult c : r.controls()) {
            sb.append("| ").append(md(c.id() + " " + c.title())).append(" | ").append(c.status().id()).append(" | ")
                    .append(c.findings().size()).append(" | ").append(cwes(c.notCheckedCwe())).append(" |\n");
        }
        return sb.toString();
    }

    public static String html(ComplianceReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("<section class=\"compliance\"><h2>Compliance: ").append(esc(r.title())).append("</h2><p>")
                .append(esc(summary(r))).append("</p><table><thead><tr><th>Control</th><th>Status</th>")
                .append("<th>Findings</th><th>Not checked (CWE)</th></tr></thead><tbody>");
        for (ControlResult c : r.controls()) {
            sb.append("<tr class=\"").append(c.status().id()).append("\"><td><a href=\"").append(esc(c.source()))
                    .append("\">").append(esc(c.id())).append("</a> ").append(esc(c.title())).append("</td><td>")
                    .append(c.status().id()).append("</td><td>");
            for (ComplianceReport.FindingRef f : c.findings()) {
                sb.append("<div>").append(esc(f.ruleId())).append(" ").append(esc(f.path())).append(':')
                        .append(f.line()).append("</div>");
            }
            sb.append("</td><td>").append(esc(cwes(c.notCheckedCwe()))).append("</td></tr>");
        }
        return sb.append("</tbody></table></section>").toString();
    }

    private static String summary(ComplianceReport r) {
        return r.summary().controls() + " controls: " + r.summary().failed() + " fail, " + r.summary().passed()
                + " pass, " + r.summary().notChecked() + " not checked.";
    }

    private static String cwes(List<Integer> ids) {
        return ids.isEmpty() ? "-" : ids.stream().map(i -> "CWE-" + i).collect(Collectors.joining(", "));
    }

    private static String md(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
