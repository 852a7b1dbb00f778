package dev.aicoder.scan.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.security.compliance.ComplianceCatalog;
import dev.aicoder.analysis.security.compliance.ComplianceRendering;
import dev.aicoder.analysis.security.compliance.ComplianceService;

/**
 * A self-contained HTML report (one file, no external resources): summary cards, a severity donut and bar charts
 * in inline SVG, then findings grouped by file with their code and the rule's explanation. Every value from the
 * scanned code is escaped. A few lines of inline script filter by severity; the page reads fine without them.
 */
public final class HtmlReport {

    private static final Map<Severity, String> COLOURS = Map.of(Severity.CRITICAL, "#b3124a", Severity.HIGH,
            "#e5532d", Severity.MEDIUM, "#f0a500", Severity.LOW, "#2f80c2", Severity.INFO, "#8a94a6");
    private static final int MAX_FINDINGS = 5_000;
    static final String COMPLIANCE_STANDARD = "owasp-top10-2021";

    private HtmlReport() {
    }

    public static String render(Report r) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(Report.TOOL)).append(" report — ").append(esc(name(r)))
                .append("</title><style>").append(HtmlStyle.CSS).append("</style></head><body>");
        header(h, r);
        h.append("<main>");
        summary(h, r);
        findings(h, r);
        compliance(h, r);
        footer(h, r);
        h.append("</main><script>").append(HtmlStyle.SCRIPT).append("</script></body></html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, Report r) {
        h.append("<header><div class=\"brand\">").append(esc(Report.TOOL)).append("</div><h1>")
                .append(esc(name(r))).append("</h1><div class=\"meta\">");
        if (r.commit() != null) {
            h.append("commit <code>").append(esc(r.commit().substring(0, Math.min(12, r.commit().length()))))
                    .append("</code> · ");
        }
        if (r.stats() != null) {
            h.append(r.stats().files()).append(" files · ").append(String.format(Locale.ROOT, "%,d", r.stats().lines()))
                    .append(" lines · ").append(String.format(Locale.ROOT, "%.1f", r.stats().durationMs() / 1000.0))
                    .append(" s · ");
        }
        h.append(esc(r.createdAt().toString().replace('T', ' ').replaceAll("\\.\\d+Z$", " UTC")))
                .append("</div></header>");
    }

    private static void summary(StringBuilder h, Report r) {
        Map<Severity, Integer> sev = r.bySeverity();
        h.append("<section class=\"cards\">");
        card(h, "Findings", String.valueOf(r.open().size()), "open");
        for (Severity s : Severity.values()) {
            card(h, cap(s.id()), String.valueOf(sev.get(s)), s.id());
        }
        card(h, "Suppressed", String.valueOf(r.suppressed()), "muted");
        h.append("</section><section class=\"charts\"><div class=\"panel\"><h2>By severity</h2>");
        donut(h, sev);
        h.append("</div><div class=\"panel\"><h2>By category</h2>");
        Map<String, Integer> cat = new LinkedHashMap<>();
        r.byCategory().forEach((c, n) -> cat.put(cap(c.id()), n));
        bars(h, cat, "#5b5fc7");
        h.append("</div><div class=\"panel\"><h2>By language</h2>");
        bars(h, r.byLanguage(), "#14a37f");
        h.append("</div></section>");
        if (!r.skipped().isEmpty()) {
            h.append("<p class=\"skipped\">Not analysed: ");
            List<String> parts = new ArrayList<>();
            r.skipped().forEach((k, v) -> parts.add(v + " " + esc(k)));
            h.append(String.join(", ", parts)).append(".</p>");
        }
    }

    private static void card(StringBuilder h, String label, String value, String kind) {
        h.append("<div class=\"card ").append(kind).append("\"><div class=\"value\">").append(value)
                .append("</div><div class=\"label\">").append(label).append("</div></div>");
    }

    private static void donut(StringBuilder h, Map<Severity, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        h.append("<svg viewBox=\"0 0 42 42\" class=\"donut\" role=\"img\" aria-label=\"findings by severity\">")
                .append("<circle cx=\"21\" cy=\"21\" r=\"15.915\" fill=\"none\" stroke=\"#eceff4\" stroke-width=\"6\"/>");
        double offset = 25;
        for (Severity s : Severity.values()) {
            int n = counts.get(s);
            if (n == 0) {
                continue;
            }
            double pct = 100.0 * n / total;
            h.append(String.format(Locale.ROOT, "<circle cx=\"21\" cy=\"21\" r=\"15.915\" fill=\"none\" stroke=\"%s\" "
                    + "stroke-width=\"6\" stroke-dasharray=\"%.3f %.3f\" stroke-dashoffset=\"%.3f\"><title>%s: %d</title>"
                    + "</circle>", COLOURS.get(s), pct, 100 - pct, offset, s.id(), n));
            offset -= pct;
        }
        h.append("<text x=\"21\" y=\"22.5\" text-anchor=\"middle\" class=\"donut-total\">").append(total)
                .append("</text></svg><ul class=\"legend\">");
        for (Severity s : Severity.values()) {
            h.append("<li><span style=\"background:").append(COLOURS.get(s)).append("\"></span>")
                    .append(s.id()).append(" <b>").append(counts.get(s)).append("</b></li>");
        }
        h.append("</ul>");
    }

    private static void bars(StringBuilder h, Map<String, Integer> values, String colour) {
        int max = Math.max(1, values.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        if (values.isEmpty()) {
            h.append("<p class=\"muted\">none</p>");
            return;
        }
        int rowHeight = 22;
        h.append("<svg class=\"bars\" viewBox=\"0 0 300 ").append(values.size() * rowHeight).append("\">");
        int y = 0;
        for (Map.Entry<String, Integer> e : values.entrySet()) {
            int width = (int) Math.round(170.0 * e.getValue() / max);
            h.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(esc(e.getKey())).append("</text>")
                    .append("<rect x=\"110\" y=\"").append(y + 4).append("\" rx=\"3\" height=\"14\" width=\"")
                    .append(Math.max(width, e.getValue() > 0 ? 2 : 0)).append("\" fill=\"").append(colour)
                    .append("\"/><text x=\"").append(116 + width).append("\" y=\"").append(y + 15).append("\">")
                    .append(e.getValue()).append("</text>");
            y += rowHeight;
        }
        h.append("</svg>");
    }

    private static void findings(StringBuilder h, Report r) {
        h.append("<section class=\"findings\"><div class=\"toolbar\"><h2>Findings</h2><div class=\"filters\">");
        for (Severity s : Severity.values()) {
            h.append("<label><input type=\"checkbox\" data-sev=\"").append(s.id()).append("\" checked> ")
                    .append(s.id()).append("</label>");
        }
        h.append("<label><input type=\"checkbox\" data-sev=\"suppressed\"> suppressed</label></div></div>");
        if (r.findings().isEmpty()) {
            h.append("<p class=\"empty\">No findings. 🎉</p>");
        }
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        r.findings().stream().limit(MAX_FINDINGS)
                .forEach(f -> byFile.computeIfAbsent(f.path().isEmpty() ? "(project)" : f.path(), k -> new ArrayList<>())
                        .add(f));
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            h.append("<details class=\"file\" open><summary><span class=\"path\">").append(esc(e.getKey()))
                    .append("</span><span class=\"count\">").append(e.getValue().size()).append("</span></summary>");
            e.getValue().stream().sorted(dev.aicoder.scan.Findings.BY_LOCATION).forEach(f -> finding(h, r, f));
            h.append("</details>");
        }
        if (r.findings().size() > MAX_FINDINGS) {
            h.append("<p class=\"muted\">").append(r.findings().size() - MAX_FINDINGS)
                    .append(" more findings are in the JSON and SARIF reports.</p>");
        }
        h.append("</section>");
    }

    private static void finding(StringBuilder h, Report r, Finding f) {
        RuleDescriptor rule = r.rule(f);
        String sev = f.severity().id();
        h.append("<article class=\"finding").append(f.suppressed() ? " is-suppressed" : "")
                .append("\" data-sev=\"").append(f.suppressed() ? "suppressed" : sev).append("\"><div class=\"head\">")
                .append("<span class=\"badge ").append(sev).append("\">").append(sev).append("</span>")
                .append("<span class=\"title\">").append(esc(f.title())).append("</span>")
                .append("<span class=\"where\">").append(f.startLine() > 0 ? "line " + f.startLine() : "")
                .append("</span></div><p class=\"message\">").append(esc(f.message())).append("</p>");
        if (f.snippet() != null && !f.snippet().isBlank()) {
            h.append("<pre class=\"code\">");
            String[] lines = f.snippet().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                int n = f.startLine() > 0 ? f.startLine() + i : i + 1;
                h.append("<span class=\"ln\">").append(n).append("</span>").append(esc(lines[i])).append('\n');
            }
            h.append("</pre>");
        }
        h.append("<div class=\"tags\"><code>").append(esc(f.ruleId())).append("</code> · ").append(f.category().id());
        f.cwe().forEach(c -> h.append(" · <a href=\"https://cwe.mitre.org/data/definitions/").append(c)
                .append(".html\" rel=\"noreferrer\">CWE-").append(c).append("</a>"));
        if (f.analyzer() != null) {
            h.append(" · ").append(esc(f.analyzer()));
        }
        if (f.confidence() != null) {
            h.append(" · ").append(f.confidence().id()).append(" confidence");
        }
        if (f.suppressed()) {
            h.append(" · <b>suppressed</b> (").append(esc(f.suppression().source())).append(f.suppression().reason()
                    == null ? "" : ": " + esc(f.suppression().reason())).append(")");
        }
        h.append("</div>");
        if (!f.properties().isEmpty()) {
            h.append("<div class=\"tags\">");
            f.properties().forEach((k, v) -> h.append(esc(k.replace('_', ' '))).append(": ").append(esc(v))
                    .append("<br>"));
            h.append("</div>");
        }
        if (rule.description() != null && !rule.description().isBlank()) {
            h.append("<details class=\"why\"><summary>Why it matters and how to fix it</summary><div>")
                    .append(esc(rule.description()).replace("\n\n", "</p><p>").replace("\n", "<br>"))
                    .append("</div></details>");
        }
        if (f.fix() != null && f.fix().replacement() != null) {
            h.append("<details class=\"why\"><summary>Suggested fix</summary><pre class=\"code\">")
                    .append(esc(f.fix().replacement())).append("</pre></details>");
        }
        h.append("</article>");
    }

    /** OWASP Top 10 controls against the findings: the other standards are one API call away. */
    private static void compliance(StringBuilder h, Report r) {
        new ComplianceService(ComplianceCatalog.builtIn())
                .evaluate(COMPLIANCE_STANDARD, r.findings(), r.rules().values())
                .ifPresent(c -> h.append(ComplianceRendering.html(c)));
    }

    private static void footer(StringBuilder h, Report r) {
        if (!r.warnings().isEmpty()) {
            h.append("<section class=\"warnings\"><h2>Warnings</h2><ul>");
            r.warnings().forEach(w -> h.append("<li>").append(esc(w)).append("</li>"));
            h.append("</ul></section>");
        }
        h.append("<footer>Generated by ").append(esc(Report.TOOL)).append(' ').append(Report.VERSION)
                .append(". Fingerprints stay stable across commits; suppress with <code>aicoder-ignore: RULE reason")
                .append("</code>.</footer>");
    }

    private static String name(Report r) {
        return r.target() == null || r.target().isBlank() ? "scan" : r.target();
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Escapes text for HTML element content and double-quoted attributes. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
