package dev.aicoder.analysis.security.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.security.compliance.ComplianceReport.ControlResult;
import dev.aicoder.analysis.security.compliance.ComplianceReport.Status;

class ComplianceServiceTest {

    final ComplianceService service = new ComplianceService(ComplianceCatalog.builtIn());

    static RuleDescriptor rule(String id, Integer... cwe) {
        return new RuleDescriptor(id, id, id, Severity.HIGH, Category.SECURITY, List.of(cwe), List.of(), "test");
    }

    static Finding finding(String rule, Integer... cwe) {
        return Finding.builder(rule).cwe(cwe).severity(Severity.HIGH).category(Category.SECURITY).path("src/A.java")
                .line(7).fingerprint("fp-" + rule).build();
    }

    @Test
    void everyStandardIsThereAndEveryControlCitesItsSource() {
        assertThat(service.catalog().standards()).extracting(Standard::id).containsExactly("owasp-top10-2021",
                "cwe-top25", "owasp-asvs", "nist-800-53", "iso-27001", "soc2", "hipaa", "pci-dss");
        for (Standard s : service.catalog().standards()) {
            assertThat(s.controls()).as(s.id()).isNotEmpty().allSatisfy(c -> {
                assertThat(c.source()).as(s.id() + " " + c.id()).startsWith("https://");
                assertThat(c.basis()).as(s.id() + " " + c.id()).isNotBlank();
                assertThat(c.cwe()).as(s.id() + " " + c.id()).isNotEmpty();
            });
        }
        assertThat(service.catalog().standard("owasp-top10-2021").orElseThrow().controls()).hasSize(10);
        assertThat(service.catalog().standard("cwe-top25").orElseThrow().controls()).hasSize(25)
                .first().satisfies(c -> assertThat(c.cwe()).containsExactly(79));
    }

    @Test
    void controlsFailPassOrWereNotChecked() {
        List<RuleDescriptor> ran = List.of(rule("taint/sqli", 89), rule("taint/xss", 79), rule("secrets/x", 798),
                rule("deps/vulnerable-dependency", 1395));
        Finding sqli = finding("taint/sqli", 89);
        Finding secret = finding("secrets/x", 798).withSuppression(new Finding.Suppression("baseline", "accepted"));
        Finding dependency = finding("deps/GHSA-1", 1395, 502);

        ComplianceReport owasp = service.evaluate("owasp-top10-2021", List.of(sqli, secret, dependency), ran)
                .orElseThrow();

        assertThat(control(owasp, "A03:2021").status()).isEqualTo(Status.FAIL);
        assertThat(control(owasp, "A03:2021").findings()).extracting(ComplianceReport.FindingRef::ruleId)
                .containsExactly("taint/sqli");
        assertThat(control(owasp, "A03:2021").notCheckedCwe()).contains(78, 90)
                .doesNotContain(79, 89);
        assertThat(control(owasp, "A07:2021").status()).isEqualTo(Status.PASS); // the secret is baselined
        assertThat(control(owasp, "A06:2021").status()).isEqualTo(Status.FAIL);
        assertThat(control(owasp, "A08:2021").status()).isEqualTo(Status.FAIL); // the advisory's CWE-502
        assertThat(control(owasp, "A10:2021").status()).isEqualTo(Status.NOT_CHECKED);
        assertThat(control(owasp, "A10:2021").notCheckedCwe()).containsExactly(918);
        assertThat(owasp.summary().failed()).isEqualTo(3);
        assertThat(owasp.summary().passed() + owasp.summary().failed() + owasp.summary().notChecked()).isEqualTo(10);

        ComplianceReport pci = service.evaluate("pci-dss", List.of(dependency), ran).orElseThrow();
        assertThat(control(pci, "6.3.3").status()).isEqualTo(Status.FAIL);
        assertThat(control(pci, "6.2.4 injection").status()).isEqualTo(Status.PASS);

        assertThat(service.evaluate("sox", List.of(), ran)).isEmpty();
    }

    @Test
    void everyStandardAnswersForAnEmptyScan() {
        for (Standard s : service.catalog().standards()) {
            ComplianceReport r = service.evaluate(s, List.of(), List.of());
            assertThat(r.controls()).extracting(ControlResult::status).containsOnly(Status.NOT_CHECKED);
        }
    }

    @Test
    void aTableWithoutSourcesIsRejected() {
        String yaml = "standard: x\ntitle: X\nversion: '1'\nsource: https://x\ncontrols:\n"
                + "  - id: C1\n    title: T\n    basis: b\n    cwe: [79]\n";
        assertThatThrownBy(() -> ComplianceCatalog.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("control C1 of x cites no source");
    }

    @Test
    void rendersMarkdownAndEscapedHtml() {
        Finding hostile = Finding.builder("taint/<script>").cwe(89).path("a\"<b>.java").line(3).build();
        ComplianceReport r = service.evaluate("owasp-top10-2021", List.of(hostile), List.of(rule("x", 89)))
                .orElseThrow();
        String html = ComplianceRendering.html(r);
        assertThat(html).contains("A03:2021</a> Injection</td><td>fail").contains("taint/&lt;script&gt;")
                .doesNotContain("<script>").doesNotContain("<b>");
        assertThat(ComplianceRendering.markdown(r)).contains("| A03:2021 Injection | fail | 1 |")
                .contains("10 controls: 1 fail, 0 pass, 9 not checked.");
    }

    private static ControlResult control(ComplianceReport report, String id) {
        return report.controls().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
