package dev.aicoder.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.architecture.graph.Cycle;
import dev.aicoder.analysis.architecture.metrics.ClassMetrics;
import dev.aicoder.analysis.architecture.metrics.PackageMetrics;
import dev.aicoder.analysis.architecture.solid.Violation;
import dev.aicoder.analysis.architecture.suggest.Suggestion;
import dev.aicoder.analysis.architecture.suggest.SuggestionKind;
import dev.aicoder.analysis.architecture.suggest.TemplateExplainer;

class ArchitectureAnalyzerTest {

    static List<Finding> findings;
    static ArchitectureReport report;

    @BeforeAll
    static void analyse() throws Exception {
        JavaProject shop = ShopFixture.project();
        findings = new ArchitectureAnalyzer(2, new TemplateExplainer()).analyze(shop, shop);
        report = shop.report();
    }

    @Test
    void leavesTestsOut() {
        assertThat(report.units().nodes()).extracting(ArchitectureReport.Node::id)
                .contains("com.shop.order.Order").doesNotContain("com.shop.order.OrderServiceTest");
        assertThat(report.summary().units()).isEqualTo(11);
        assertThat(report.summary().packages()).isEqualTo(4);
    }

    @Test
    void computesMartinMetrics() {
        PackageMetrics order = pkg("com.shop.order");
        assertThat(order.ca()).isEqualTo(3);
        assertThat(order.ce()).isEqualTo(2);
        assertThat(order.instability()).isEqualTo(0.4);
        assertThat(order.abstractness()).isEqualTo(0.333);
        assertThat(order.distance()).isEqualTo(0.267);
        PackageMetrics store = pkg("com.shop.store");
        assertThat(store.ca()).isZero();
        assertThat(store.instability()).isEqualTo(1.0);
        assertThat(report.summary().mostCoupled().get(0)).isEqualTo("com.shop.order");
    }

    @Test
    void measuresCohesion() {
        ClassMetrics builder = report.classMetrics().stream().filter(c -> c.name().equals("ReportBuilder"))
                .findFirst().orElseThrow();
        assertThat(builder.lcom4()).isEqualTo(2);
        assertThat(builder.methods()).isEqualTo(7);
        assertThat(builder.tcc()).isLessThan(0.5);
    }

    @Test
    void findsThePackageCycleAndItsCheapestCut() {
        assertThat(report.packageCycles()).hasSize(1);
        Cycle c = report.packageCycles().get(0);
        assertThat(c.members()).containsExactly("com.shop.order", "com.shop.payment");
        assertThat(c.cutFrom()).isEqualTo("com.shop.payment");
        assertThat(c.cutTo()).isEqualTo("com.shop.order");
        Finding f = findings.stream().filter(x -> x.ruleId().equals("architecture.package-cycle")).findFirst()
                .orElseThrow();
        assertThat(f.path()).startsWith("src/main/java/com/shop/payment/");
        assertThat(f.startLine()).isPositive();
        assertThat(f.message()).contains("com.shop.payment -> com.shop.order");
    }

    @Test
    void reportsSolidViolationsWithEvidence() {
        Violation dip = violation("architecture.dip-concrete-dependency", "com.shop.order.OrderService");
        assertThat(dip.evidence()).anyMatch(e -> e.contains("depend on PaymentGateway instead"));
        Violation srp = violation("architecture.srp-low-cohesion", "com.shop.report.ReportBuilder");
        assertThat(srp.evidence()).anyMatch(e -> e.contains("html") && e.contains("render"))
                .anyMatch(e -> e.contains("recipients") && e.contains("mailTo"));
        Violation isp = violation("architecture.isp-fat-interface", "com.shop.store.Store");
        assertThat(isp.evidence()).anyMatch(e -> e.contains("ReadOnlyStore") && e.contains("put()")
                && e.contains("delete()"));
        Violation ocp = violation("architecture.ocp-type-switch", "com.shop.report.ShapeRenderer");
        assertThat(ocp.evidence().get(0)).contains("Circle", "Square", "Triangle");
        assertThat(ocp.line()).isEqualTo(5);
        assertThat(report.violations()).noneMatch(v -> v.rule().equals("architecture.god-class"));
    }

    @Test
    void ranksSuggestionsAndExplainsThem() {
        assertThat(report.suggestions()).extracting(Suggestion::kind).contains(SuggestionKind.INVERT_DEPENDENCY,
                SuggestionKind.SPLIT_CLASS, SuggestionKind.SPLIT_INTERFACE, SuggestionKind.REPLACE_CONDITIONAL);
        Suggestion first = report.suggestions().get(0);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.key()).isEqualTo("invert-dependency:com.shop.payment->com.shop.order");
        assertThat(first.steps()).isNotEmpty();
        assertThat(first.explanation()).startsWith(first.title()).contains("Evidence:");
        for (int i = 1; i < report.suggestions().size(); i++) {
            assertThat(report.suggestions().get(i).score()).isLessThanOrEqualTo(report.suggestions().get(i - 1)
                    .score());
            assertThat(report.suggestions().get(i).rank()).isEqualTo(i + 1);
        }
    }

    @Test
    void findingsLinkToSuggestions() {
        Finding isp = findings.stream().filter(f -> f.ruleId().equals("architecture.isp-fat-interface")).findFirst()
                .orElseThrow();
        assertThat(isp.properties()).containsEntry("principle", "ISP")
                .containsEntry("suggestion", "split-interface:com.shop.store.Store");
        assertThat(isp.path()).isEqualTo("src/main/java/com/shop/store/Store.java");
    }

    @Test
    void rendersThePackageGraph() {
        String mermaid = report.renderings().mermaid();
        assertThat(mermaid).startsWith("graph LR").contains("[\"com.shop.order (3)\"]").contains("linkStyle");
        String dot = report.renderings().dot();
        assertThat(dot).startsWith("digraph architecture {")
                .contains("\"com.shop.payment\" -> \"com.shop.order\"").contains("color=\"#d62728\"");
    }

    @Test
    void reportRoundTripsAsSnakeCaseJson() throws Exception {
        ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        JsonNode tree = json.valueToTree(report);
        assertThat(tree.path("package_cycles").get(0).path("cut_from").asText()).isEqualTo("com.shop.payment");
        assertThat(tree.path("suggestions").get(0).path("kind").asText()).isEqualTo("invert-dependency");
        ArchitectureReport back = json.treeToValue(tree, ArchitectureReport.class);
        assertThat(back.suggestions()).isEqualTo(report.suggestions());
        assertThat(back.packageMetrics()).isEqualTo(report.packageMetrics());
    }

    private static PackageMetrics pkg(String name) {
        return report.packageMetrics().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static Violation violation(String rule, String target) {
        return report.violations().stream().filter(v -> v.rule().equals(rule) && v.target().equals(target))
                .findFirst().orElseThrow(() -> new AssertionError(rule + " on " + target + " not in "
                        + report.violations()));
    }
}
