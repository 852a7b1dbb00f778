package dev.aicoder.analysis.quality.pmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.syntax.MapWorkspace;
import dev.aicoder.analysis.syntax.SimpleContext;
import dev.aicoder.source.Language;

class PmdAnalyzerTest {

    private static PmdAnalyzer analyzer;

    private static final String SERVICE = """
            package app;

            import javax.crypto.spec.SecretKeySpec;

            public class Service {
                private int unused;

                void load(java.io.File f) {
                    try {
                        read(f);
                    } catch (java.io.IOException e) {
                    }
                }

                SecretKeySpec key() {
                    return new SecretKeySpec("0123456789abcdef".getBytes(), "AES");
                }

                boolean same(String a, String b) {
                    return a == b;
                }

                void read(java.io.File f) throws java.io.IOException { }
            }
            """;

    @BeforeAll
    static void load() {
        analyzer = new PmdAnalyzer(PmdRules.load(), 2);
    }

    private static List<Finding> run(Map<String, String> sources, ScanOptions options) throws Exception {
        try (SimpleContext context = new SimpleContext(options)) {
            return analyzer.analyze(sources, context);
        }
    }

    @Test
    void everyConfiguredRuleLoadsAndMapsToOurIds() {
        List<RuleDescriptor> rules = List.copyOf(analyzer.rules());
        assertThat(rules).hasSize(101);
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.id()).startsWith("pmd.");
            assertThat(r.analyzer()).isEqualTo("pmd");
            assertThat(r.description()).isNotBlank();
        });
        RuleDescriptor key = rules.stream().filter(r -> r.id().equals("pmd.HardCodedCryptoKey")).findFirst()
                .orElseThrow();
        assertThat(key.category()).isEqualTo(Category.SECURITY);
        assertThat(key.cwe()).containsExactly(321);
        assertThat(key.title()).isEqualTo("Hard coded crypto key");
        assertThat(rules).extracting(RuleDescriptor::category).contains(Category.QUALITY, Category.PERFORMANCE,
                Category.MAINTAINABILITY, Category.SECURITY).doesNotContain(Category.STANDARDS);
    }

    @Test
    void violationsBecomeFindingsWithLocationSnippetAndMapping() throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("src/app/Service.java", SERVICE);
        List<Finding> findings = run(sources, ScanOptions.defaults());
        assertThat(findings).extracting(Finding::ruleId).contains("pmd.EmptyCatchBlock", "pmd.UnusedPrivateField",
                "pmd.HardCodedCryptoKey", "pmd.UseEqualsToCompareStrings");
        Finding empty = findings.stream().filter(f -> f.ruleId().equals("pmd.EmptyCatchBlock")).findFirst()
                .orElseThrow();
        assertThat(empty.path()).isEqualTo("src/app/Service.java");
        assertThat(empty.startLine()).isEqualTo(11);
        assertThat(empty.snippet()).contains("catch (java.io.IOException e)");
        assertThat(empty.cwe()).containsExactly(390);
        assertThat(empty.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(empty.analyzer()).isEqualTo("pmd");
        Finding key = findings.stream().filter(f -> f.ruleId().equals("pmd.HardCodedCryptoKey")).findFirst()
                .orElseThrow();
        assertThat(key.category()).isEqualTo(Category.SECURITY);
        assertThat(key.message()).isNotBlank();
    }

    @Test
    void disabledCategoriesAreLeftOutAndABrokenFileDoesNotStopTheOthers() throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("Broken.java", "class Broken { void f( { }");
        sources.put("Service.java", SERVICE);
        List<Finding> security = run(sources, new ScanOptions(EnumSet.of(Category.SECURITY), null, null, null));
        assertThat(security).extracting(Finding::ruleId).containsExactly("pmd.HardCodedCryptoKey");
        assertThat(security).extracting(Finding::path).containsOnly("Service.java");
    }

    @Test
    void workspaceRunTakesOnlyJavaFiles() throws Exception {
        MapWorkspace ws = new MapWorkspace().add("a/Service.java", Language.JAVA, SERVICE)
                .add("a/service.py", Language.PYTHON, "try:\n    x()\nexcept:\n    pass\n");
        try (SimpleContext context = new SimpleContext()) {
            assertThat(analyzer.analyze(ws, context)).isNotEmpty().extracting(Finding::path)
                    .containsOnly("a/Service.java");
        }
    }
}
