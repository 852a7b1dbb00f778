package dev.aicoder.analysis.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.standards.fix.UnifiedDiff;
import dev.aicoder.analysis.standards.profile.ProfileCatalog;
import dev.aicoder.analysis.syntax.MapWorkspace;
import dev.aicoder.analysis.syntax.SimpleContext;
import dev.aicoder.source.Language;
import dev.aicoder.source.LanguageDetector;

class StandardsAnalyzerTest {

    private static final StandardsAnalyzer ANALYZER = new StandardsAnalyzer(1, StandardsAnalyzers.checks(),
            ProfileCatalog.builtIn());

    private static final String PYTHON = "def total(items):\n\tresult = 0   \n    for i in items:\n"
            + "        result += i.price * i.quantity * i.discount_factor(region='eu-west', season='winter')  # x\n"
            + "    return result";

    @Test
    void pep8IsTheDefaultAndEveryOfferedFixAppliesParsesAndRemovesItsFinding() throws Exception {
        Repo repo = new Repo().add("shop/cart.py", PYTHON);
        List<Finding> findings = ANALYZER.analyze(repo.workspace, repo.context(Map.of()));
        assertThat(findings).extracting(Finding::ruleId).containsExactlyInAnyOrder("standards.tab-indent",
                "standards.trailing-whitespace", "standards.line-length", "standards.final-newline");
        assertThat(findings).allSatisfy(f -> assertThat(f.properties()).containsEntry("profile", "python/pep8"));
        Finding tab = byRule(findings, "standards.tab-indent");
        assertThat(tab.startLine()).isEqualTo(2);
        assertThat(tab.severity()).isEqualTo(Severity.LOW);
        assertThat(byRule(findings, "standards.line-length").fix()).isNull();
        for (Finding f : findings) {
            if (f.fix() == null) {
                continue;
            }
            assertThat(f.fix().diff()).startsWith("--- a/shop/cart.py\n+++ b/shop/cart.py\n@@");
            String fixed = UnifiedDiff.apply(PYTHON, f.fix().diff());
            Repo again = new Repo().add("shop/cart.py", fixed);
            assertThat(ANALYZER.analyze(again.workspace, again.context(Map.of()))).extracting(Finding::ruleId)
                    .as("after fixing %s", f.ruleId()).doesNotContain(f.ruleId());
        }
    }

    @Test
    void theRepositoryFileChoosesTheProfileAndTheScanOptionsOverrideIt() throws Exception {
        String code = "x = compute(alpha, beta, gamma, delta, epsilon, zeta, eta, theta, iota, kappa, lam)\n";
        assertThat(code.length()).isBetween(80, 88);
        Repo repo = new Repo().add("a.py", code).add(".aicoder.yml", "standards:\n  profiles:\n    python: black\n");
        assertThat(ANALYZER.analyze(repo.workspace, repo.context(Map.of()))).isEmpty();
        List<Finding> pep8 = ANALYZER.analyze(repo.workspace, repo.context(Map.of("python", "pep8")));
        assertThat(pep8).extracting(Finding::ruleId).containsExactly("standards.line-length");
        assertThat(pep8.get(0).message()).contains("PEP 8 allows 79");
    }

    @Test
    void goIndentsWithTabsAndJavaScriptWithTwoSpaces() throws Exception {
        Repo repo = new Repo().add("main.go", "package main\n\nfunc main() {\n    println(1)\n}\n")
                .add("app.js", "function f() {\n\treturn 1;\n}\n");
        List<Finding> findings = ANALYZER.analyze(repo.workspace, repo.context(Map.of()));
        Finding go = byRule(findings, "standards.space-indent");
        assertThat(go.path()).isEqualTo("main.go");
        assertThat(UnifiedDiff.apply("package main\n\nfunc main() {\n    println(1)\n}\n", go.fix().diff()))
                .isEqualTo("package main\n\nfunc main() {\n\tprintln(1)\n}\n");
        Finding js = byRule(findings, "standards.tab-indent");
        assertThat(UnifiedDiff.apply("function f() {\n\treturn 1;\n}\n", js.fix().diff()))
                .isEqualTo("function f() {\n  return 1;\n}\n");
    }

    @Test
    void javaConventionsAndRecipesUnderTheSunProfile() throws Exception {
        String java = """
                package shop;

                import java.util.*;

                public class Cart {
                    final static long MaxItems = 10l;
                    int a, b;

                    public int count(int n) {
                        if (n > 0) return n;
                        return 0;
                    }
                }
                """;
        Repo repo = new Repo().add("src/shop/Cart.java", java);
        List<Finding> findings = ANALYZER.analyze(repo.workspace, repo.context(Map.of("java", "sun")));
        assertThat(findings).extracting(Finding::ruleId).contains("standards.java.wildcard-import",
                "standards.java.naming", "standards.java.braces", "standards.java.modifier-order",
                "standards.java.long-literal-suffix", "standards.java.one-variable-per-declaration",
                "standards.java.missing-javadoc");
        Finding braces = byRule(findings, "standards.java.braces");
        assertThat(braces.startLine()).isEqualTo(10);
        String fixed = UnifiedDiff.apply(java, braces.fix().diff());
        assertThat(fixed).contains("if (n > 0) { return n; }");
        Finding order = byRule(findings, "standards.java.modifier-order");
        assertThat(UnifiedDiff.apply(java, order.fix().diff())).contains("static final long MaxItems");
        assertThat(byRule(findings, "standards.java.naming").fix()).isNull();
    }

    @Test
    void aFileAloneHasItsChecksSpreadOverTheCoresWithTheSameFindingsAndFixes() throws Exception {
        StringBuilder java = new StringBuilder("package shop;\n\nimport java.util.*;\n\npublic class Big {\n");
        for (int i = 0; i < 40; i++) {
            java.append("    final static long Max").append(i).append(" = 10l;\n")
                    .append("    public int f").append(i).append("(int n) {\n        if (n > ").append(i)
                    .append(") return n;\n        return 0;\n    }\n");
        }
        java.append("}\n");
        Repo repo = new Repo().add("src/shop/Big.java", java.toString());
        List<Finding> sequential = ANALYZER.analyze(repo.workspace, repo.context(Map.of("java", "sun")));
        StandardsAnalyzer fourThreads = new StandardsAnalyzer(4, StandardsAnalyzers.checks(), ProfileCatalog.builtIn());
        List<Finding> spread = fourThreads.analyze(repo.workspace, repo.context(Map.of("java", "sun")));
        java.util.function.Function<Finding, String> summary = f -> f.ruleId() + ":" + f.startLine() + ":"
                + (f.fix() == null ? "-" : f.fix().diff());
        assertThat(sequential).hasSizeGreaterThan(StandardsAnalyzer.MAX_VERIFIED_FIXES);
        assertThat(spread.stream().map(summary).toList()).containsExactlyElementsOf(
                sequential.stream().map(summary).toList());
        assertThat(spread.stream().filter(f -> f.fix() != null).count()).isEqualTo(
                StandardsAnalyzer.MAX_VERIFIED_FIXES);
    }

    @Test
    void badChoicesFailWithAClearMessage() {
        Repo repo = new Repo().add("a.py", "x = 1\n");
        assertThatThrownBy(() -> ANALYZER.analyze(repo.workspace, repo.context(Map.of("python", "pep9"))))
                .hasMessage("unknown standards profile 'pep9' for python; known: pep8, google, black");
        Repo broken = new Repo().add("a.py", "x = 1\n").add(".aicoder.yml", "standards:\n  profiles: [oops\n");
        assertThatThrownBy(() -> ANALYZER.analyze(broken.workspace, broken.context(Map.of())))
                .isInstanceOf(RepositoryConfig.InvalidConfigException.class).hasMessageContaining("line");
        Repo wrongShape = new Repo().add("a.py", "x = 1\n").add(".aicoder.yml", "standards:\n  profiles: black\n");
        assertThatThrownBy(() -> ANALYZER.analyze(wrongShape.workspace, wrongShape.context(Map.of())))
                .hasMessageContaining("standards.profiles must map a language");
    }

    @Test
    void everyBuiltInProfileLoadsWithKnownRulesAndOneDefaultPerLanguage() {
        ProfileCatalog c = ProfileCatalog.builtIn();
        assertThat(c.all()).hasSize(11);
        List<String> known = StandardsRules.all().stream().map(r -> r.id()).toList();
        c.all().forEach(p -> assertThat(known).as(p.id()).containsAll(p.rules().keySet()));
        for (Language l : List.of(Language.JAVA, Language.PYTHON, Language.JAVASCRIPT, Language.TYPESCRIPT,
                Language.CPP, Language.C, Language.GO)) {
            assertThat(c.forLanguage(l).stream().filter(p -> p.isDefault()).count()).as(l.id()).isEqualTo(1);
        }
        assertThat(c.find(Language.TYPESCRIPT, "prettier")).isPresent();
        assertThat(c.find(Language.JAVA, "java/google").orElseThrow().intSetting("max-line-length", 0))
                .isEqualTo(100);
    }

    private static Finding byRule(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.ruleId().equals(rule)).findFirst().orElseThrow(() ->
                new AssertionError(rule + " not in " + findings.stream().map(Finding::ruleId).toList()));
    }

    /** An in-memory repository whose files get their language from their names. */
    static final class Repo {
        final MapWorkspace workspace = new MapWorkspace();

        Repo add(String path, String content) {
            workspace.add(path, LanguageDetector.byName(path).orElse(Language.TEXT), content);
            return this;
        }

        AnalysisContext context(Map<String, String> profiles) {
            return new SimpleContext(new ScanOptions(null, null, profiles, null));
        }
    }
}
