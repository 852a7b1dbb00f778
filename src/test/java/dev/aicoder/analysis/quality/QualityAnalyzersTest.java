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
            assertThat(context.computed).as("one parse per file").hasSize(2);
        }
        assertThat(all).extracting(Finding::ruleId).contains("python.yaml-unsafe-load", "pmd.EmptyCatchBlock");
    }
}
