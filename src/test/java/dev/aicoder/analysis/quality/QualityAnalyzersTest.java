package dev.aicoder.analysis.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.aicoder.analysis.Analyzer;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.FileAnalyzer;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.WorkspaceAnalyzer;
import dev.aicoder.analysis.syntax.MapWorkspace;
import dev.aicoder.analysis.syntax.SimpleContext;
import dev.aicoder.source.Language;
import dev.aicoder.source.SourceFile;

class QualityAnalyzersTest {

    @Test
    void theFactoryGivesFourAnalyzersWithDistinctIdsAndAUniqueCatalogue() {
        List<Analyzer> analyzers = QualityAnalyzers.create(1);
        assertThat(analyzers).extracting(Analyzer::id).containsExactly("rules", "metrics", "duplicates", "pmd");
        List<RuleDescriptor> catalogue = QualityAnalyzers.catalogue();
        Set<String> ids = new HashSet<>();
        assertThat(catalogue).allSatisfy(r -> assertThat(ids.add(r.id())).as("unique %s", r.id()).isTrue());
        assertThat(catalogue).extracting(RuleDescriptor::id).contains("python.eval-exec", "metrics.complexity",
                "metrics.duplicated-block", "pmd.EmptyCatchBlock");
        assertThat(catalogue).hasSize(dev.aicoder.analysis.quality.rules.RulePacks.builtinDefinitions().size() + 6 + 101);
    }

    @Test
    void allAnalyzersRunOverOneWorkspaceAndSeeTheSameParse() throws Exception {
        String py = "import yaml\ndef load(p):\n    return yaml.load(open(p))\n";
        String java = "class A { void f() { try { g(); } catch (Exception e) { } } void g() {} }\n";
        MapWorkspace ws = new MapWorkspace().add("a.py", Language.PYTHON, py).add("A.java", Language.JAVA, java);
        List<Finding> all = new java.util.ArrayList<>();
        try (SimpleContext context = new SimpleContext()) {
            for (Analyzer analyzer : QualityAnalyzers.create(1)) {
                if (analyzer instanceof FileAnalyzer fa) {
                    for (SourceFile f : ws.files()) {
                        if (fa.supports(f)) {
                            all.addAll(fa.analyze(f, ws.read(f), context));
                        }
                    }
                } else if (analyzer instanceof WorkspaceAnalyzer wa) {
                    all.addAll(wa.analyze(ws, context));
                }
            }
            assertThat(context.computed).as("one parse and one shared query walk per file")
                    .hasSize(4).filteredOn(k -> k.contains("tree-sitter-walk")).hasSize(2);
        }
        assertThat(all).extracting(Finding::ruleId).contains("python.yaml-unsafe-load", "pmd.EmptyCatchBlock");
    }

    @Test
    void theSharedWalkGivesTheSameResultsAsSeparateQueries() throws Exception {
        String code = """
                import os, yaml
                def load(path, name, flag):
                    if flag and name:
                        for x in range(3):
                            os.system("echo " + name)
                    try:
                        return yaml.load(open(path))
                    except:
                        pass
                """;
        SourceFile file = new SourceFile("m.py", Language.PYTHON, code.length(), "h");
        List<FileAnalyzer> shared = QualityAnalyzers.fileAnalyzers();
        List<FileAnalyzer> separate = List.of(new dev.aicoder.analysis.quality.rules.RulesAnalyzer(),
                new dev.aicoder.analysis.quality.metrics.MetricsAnalyzer());
        for (int i = 0; i < 2; i++) {
            try (SimpleContext a = new SimpleContext(); SimpleContext b = new SimpleContext()) {
                List<Finding> fromShared = shared.get(i).analyze(file, code, a);
                List<Finding> fromSeparate = separate.get(i).analyze(file, code, b);
                assertThat(fromShared).isEqualTo(fromSeparate);
                assertThat(a.published).hasSameSizeAs(b.published);
                if (!a.published.isEmpty()) {
                    assertThat(a.published.get(0)[1]).isEqualTo(b.published.get(0)[1]);
                }
            }
        }
        try (SimpleContext c = new SimpleContext()) {
            var metrics = (dev.aicoder.analysis.quality.metrics.MetricsAnalyzer) shared.get(1);
            assertThat(metrics.measure(file, code, c).functions()).singleElement()
                    .satisfies(f -> assertThat(f.complexity()).isEqualTo(5));
            assertThat(shared.get(0).analyze(file, code, c)).extracting(Finding::ruleId)
                    .contains("python.os-system", "python.yaml-unsafe-load", "python.bare-except");
            assertThat(c.computed).filteredOn(k -> k.contains("tree-sitter-walk")).hasSize(1);
        }
    }
}
