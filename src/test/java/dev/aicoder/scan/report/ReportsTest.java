package dev.aicoder.scan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.Severity;
import dev.aicoder.scan.SarifSchema;
import dev.aicoder.scan.ScanJson;
import dev.aicoder.scan.ScanResult;
import dev.aicoder.source.Language;

class ReportsTest {

    static final RuleDescriptor SQLI = new RuleDescriptor("java.sql-injection", "SQL built from user input",
            "Concatenating request data into SQL lets attackers change the query.\n\nUse a PreparedStatement with "
                    + "bound parameters.", Severity.CRITICAL, Category.SECURITY, List.of(89), List.of("owasp-a03", "security"),
            "rules");

    static Report report() {
        Finding sqli = Finding.builder("java.sql-injection").rule(SQLI).message("Query built from 'id'")
                .path("src/main/java/App.java").range(12, 9, 13, 40)
                .snippet("String q = \"SELECT * FROM t WHERE id=\" + id;\nstmt.execute(q);")
                .language(Language.JAVA).confidence(Confidence.HIGH).fingerprint("0123456789abcdef0123456789abcdef")
                .fix(new Finding.Fix("use a prepared statement", "stmt = conn.prepareStatement(...)", null))
                .property("also_reported_as", "pmd.SqlInjection (pmd)").build();
        Finding xss = Finding.builder("js.inner-html").title("HTML from user input").message("innerHTML = <b>x</b>")
                .severity(Severity.MEDIUM).category(Category.SECURITY).cwe(79).path("web/<script>alert(1)</script>.js")
                .line(3).snippet("el.innerHTML = '<script>alert(\"x\")</script>';").language(Language.JAVASCRIPT)
                .analyzer("rules").fingerprint("fedcba9876543210fedcba9876543210").build();
        Finding todo = Finding.builder("py.todo").title("TODO left").message("TODO | pipe").severity(Severity.LOW)
                .category(Category.MAINTAINABILITY).path("a.py").line(1).snippet("# TODO").language(Language.PYTHON)
                .analyzer("rules").fingerprint("aaaa").suppression(new Finding.Suppression("inline", "later")).build();
        Finding project = Finding.builder("metrics.duplication").title("Duplication").message("12% duplicated")
                .severity(Severity.INFO).category(Category.MAINTAINABILITY).analyzer("duplicates").fingerprint("bbbb")
                .build();
        ScanResult.Stats stats = new ScanResult.Stats(3, 120, 4000, 0, 850, Map.of("java", 1, "python", 1),
                Map.of("rules", 400L));
        return new Report("https://github.com/acme/shop.git", "9f1c2d3e4f5a6b7c8d9e", Instant.parse(
                "2026-11-24T10:00:00Z"), List.of(sqli, xss, todo, project), Map.of(SQLI.id(), SQLI),
                Map.of("vendored", 4, "binary", 2), stats, List.of("analysis of big.js stopped after 30 s"));
    }

    @Test
    void sarifValidatesAgainstTheOfficialSchemaAndCarriesWhatGithubReads() throws Exception {
        String sarif = ReportFormat.SARIF.render(report());
        assertThat(SarifSchema.errors(sarif)).isEmpty();
        JsonNode run = ScanJson.mapper().readTree(sarif).path("runs").get(0);
        JsonNode rule = run.path("tool").path("driver").path("rules").get(0);
        assertThat(rule.path("id").asText()).isEqualTo("java.sql-injection");
        assertThat(rule.path("help").path("markdown").asText()).contains("PreparedStatement")
                .contains("https://cwe.mitre.org/data/definitions/89.html");
        assertThat(rule.path("properties").path("tags").toString())
                .isEqualTo("[\"security\",\"external/cwe/cwe-89\",\"owasp-a03\"]");
        assertThat(rule.path("properties").path("security-severity").asText()).isEqualTo("9.5");
        JsonNode results = run.path("results");
        assertThat(results).hasSize(3);
        JsonNode first = results.get(0);
        assertThat(first.path("level").asText()).isEqualTo("error");
        assertThat(first.path("partialFingerprints").path(SarifReport.FINGERPRINT_KEY).asText())
                .isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(first.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt())
                .isEqualTo(12);
        assertThat(results.get(2).path("suppressions").get(0).path("kind").asText()).isEqualTo("inSource");
        assertThat(run.path("properties").path("omittedWithoutLocation").asInt()).isEqualTo(1);
        assertThat(run.path("versionControlProvenance").get(0).path("revisionId").asText())
                .isEqualTo("9f1c2d3e4f5a6b7c8d9e");
        assertThat(SarifSchema.errors(sarif.replace("\"2.1.0\"", "\"9.9\""))).isNotEmpty();
    }

    @Test
    void htmlIsSelfContainedAndEscapesEverythingFromTheCode() {
        String html = ReportFormat.HTML.render(report());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("SQL built from user input")
                .contains("Use a PreparedStatement").contains("CWE-89").contains("also")
                .doesNotContain("<script>alert").contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
                .doesNotContain("<link").doesNotContain(" src=").doesNotContain("@import");
        assertThat(html.split("<script>", -1)).hasSize(2);
        assertThat(html).contains("vendored").contains("analysis of big.js stopped");
    }

    @Test
    void htmlHasAnOwaspTopTenSectionWhereTheInjectionControlFails() {
        String html = ReportFormat.HTML.render(report());
        int section = html.indexOf("<section class=\"compliance\">");
        assertThat(section).isPositive();
        String compliance = html.substring(section, html.indexOf("</section>", section));
        assertThat(compliance).contains("OWASP Top 10");
        String injection = compliance.substring(compliance.indexOf("A03"));
        assertThat(injection.substring(0, injection.indexOf("</tr>"))).contains("fail")
                .contains("java.sql-injection").contains("src/main/java/App.java:12");
    }

    @Test
    void markdownFitsAPullRequestComment() {
        String md = ReportFormat.MD.render(report());
        assertThat(md).startsWith("## AI Coder Assistant: 3 findings").contains("| 🟥 critical | 1 |")
                .contains("`src/main/java/App.java:12`").contains("1 suppressed finding(s)")
                .contains("innerHTML = &lt;b&gt;x&lt;/b&gt;").contains("```java");
        assertThat(md).doesNotContain("TODO | pipe");
    }

    @Test
    void jsonCarriesSummaryRulesAndFingerprints() throws Exception {
        JsonNode doc = ScanJson.mapper().readTree(ReportFormat.JSON.render(report()));
        assertThat(doc.path("summary").path("findings").asInt()).isEqualTo(3);
        assertThat(doc.path("summary").path("suppressed").asInt()).isEqualTo(1);
        assertThat(doc.path("summary").path("by_severity").path("critical").asInt()).isEqualTo(1);
        assertThat(doc.path("findings")).hasSize(4);
        assertThat(doc.path("findings").get(0).path("fingerprint").asText()).hasSize(32);
        assertThat(doc.path("rules").get(0).path("id").asText()).isEqualTo("java.sql-injection");
    }

    @Test
    void formatsParse() {
        assertThat(ReportFormat.parse("Markdown")).isEqualTo(ReportFormat.MD);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportFormat.parse("pdf"))
                .hasMessageContaining("sarif, json, html or md");
    }
}
