package dev.aicoder.analysis.quality.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.syntax.SimpleContext;
import dev.aicoder.source.Language;
import dev.aicoder.source.SourceFile;

class MetricsAnalyzerTest {

    private final MetricsAnalyzer analyzer = new MetricsAnalyzer();

    private static SourceFile file(String path, Language language, String content) {
        return new SourceFile(path, language, content.length(), Integer.toHexString(content.hashCode()));
    }

    private FileMetrics measure(String path, Language language, String code) throws Exception {
        try (SimpleContext context = new SimpleContext()) {
            return analyzer.measure(file(path, language, code), code, context);
        }
    }

    @Test
    void pythonFunctionsGetComplexityNestingParametersAndLines() throws Exception {
        String code = """
                # module comment
                import os


                def simple(a):
                    return a


                def busy(a, b, c):
                    \"\"\"Docstring is code-ish: a string expression.\"\"\"
                    if a and b:          # 1 if + 1 and
                        for x in c:      # loop
                            while x:     # loop
                                if x > 1 or a:  # if + or
                                    x -= 1
                    elif b:              # elif
                        pass
                    return [y for y in c if y]  # comprehension if
                """;
        FileMetrics m = measure("m.py", Language.PYTHON, code);
        assertThat(m.method()).isEqualTo("tree-sitter");
        assertThat(m.lines()).isEqualTo(18);
        assertThat(m.commentLines()).isEqualTo(1);
        assertThat(m.blankLines()).isEqualTo(4);
        assertThat(m.codeLines()).isEqualTo(13);
        assertThat(m.functions()).extracting(FunctionMetrics::name).containsExactly("simple", "busy");
        FunctionMetrics busy = m.functions().get(1);
        assertThat(busy.complexity()).isEqualTo(1 + 8);
        assertThat(busy.maxNesting()).isEqualTo(4);
        assertThat(busy.nestingLine()).isEqualTo(14);
        assertThat(busy.parameters()).isEqualTo(3);
        assertThat(busy.startLine()).isEqualTo(9);
        assertThat(busy.lines()).isEqualTo(10);
        assertThat(m.functions().get(0).complexity()).isEqualTo(1);
        assertThat(m.complexity()).isEqualTo(10);
    }

    @Test
    void nestedFunctionsKeepTheirOwnFiguresInJavaScript() throws Exception {
        String code = """
                const handler = (req) => {
                  if (req.ok) {
                    items.forEach(function each(item) {
                      if (item && item.valid) { save(item); }
                    });
                  }
                };
                class A { run(a, b) { return a ?? b; } }
                """;
        FileMetrics m = measure("h.js", Language.JAVASCRIPT, code);
        assertThat(m.functions()).extracting(FunctionMetrics::name, FunctionMetrics::complexity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("handler", 2),
                        org.assertj.core.groups.Tuple.tuple("each", 3), org.assertj.core.groups.Tuple.tuple("run", 2));
        assertThat(m.functions().get(0).maxNesting()).isEqualTo(1);
        assertThat(m.functions().get(2).parameters()).isEqualTo(2);
    }

    @Test
    void cAndJavaFunctionNamesComeFromTheirDeclarators() throws Exception {
        FileMetrics c = measure("a.c", Language.C, "static int *find(int **t, int n) {\n  return n > 0 ? t[0] : 0;\n}\n");
        assertThat(c.functions()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("find");
            assertThat(f.parameters()).isEqualTo(2);
            assertThat(f.complexity()).isEqualTo(2);
        });
        FileMetrics java = measure("A.java", Language.JAVA, """
                class A {
                  /** doc */
                  A(int x) { }
                  int f(int x) { switch (x) { case 1: return 1; case 2: return 2; default: return 0; } }
                }
                """);
        assertThat(java.functions()).extracting(FunctionMetrics::name).containsExactly("A", "f");
        assertThat(java.commentLines()).isEqualTo(1);
        assertThat(java.functions().get(1).complexity()).isEqualTo(4);
    }

    @Test
    void languagesWithoutSpecAreMeasuredLexically() throws Exception {
        String clj = ";; comment\n(defn f [x]\n  (if (> x 1) \"a;b\" x))\n\n";
        FileMetrics m = measure("a.clj", Language.CLOJURE, clj);
        assertThat(m.method()).isEqualTo("lexical");
        assertThat(m.lines()).isEqualTo(4);
        assertThat(m.commentLines()).isEqualTo(1);
        assertThat(m.codeLines()).isEqualTo(2);
        assertThat(m.blankLines()).isEqualTo(1);
        assertThat(m.complexity()).isEqualTo(2);
        String tf = "/* block\n comment */\nresource \"x\" \"y\" {\n  # c\n  a = \"if {\"\n  b {\n    c {\n      d {\n"
                + "        e = 1\n      }\n    }\n  }\n}\n";
        FileMetrics t = measure("main.tf", Language.TERRAFORM, tf);
        assertThat(t.commentLines()).isEqualTo(3);
        assertThat(t.maxNesting()).isEqualTo(2);
        assertThat(t.complexity()).isEqualTo(1);
    }

    @Test
    void thresholdsProduceFindingsAndMetricsArePublished() throws Exception {
        StringBuilder code = new StringBuilder("def long_one(a, b, c, d, e, f, g, h):\n");
        for (int i = 0; i < 20; i++) {
            code.append("    if a == ").append(i).append(":\n        b += 1\n");
        }
        code.append("    return b\n");
        ScanOptions options = new ScanOptions(null, null, null, Map.of("metrics.max-function-lines", "30",
                "metrics.max-complexity", "10"));
        try (SimpleContext context = new SimpleContext(options)) {
            List<Finding> findings = analyzer.analyze(file("x.py", Language.PYTHON, code.toString()),
                    code.toString(), context);
            assertThat(findings).extracting(Finding::ruleId)
                    .containsExactlyInAnyOrder("metrics.complexity", "metrics.function-length", "metrics.parameters");
            Finding complexity = findings.stream().filter(f -> f.ruleId().equals("metrics.complexity")).findFirst()
                    .orElseThrow();
            assertThat(complexity.message())
                    .isEqualTo("Function 'long_one' has a cyclomatic complexity of 21 (limit 10)");
            assertThat(complexity.severity()).isEqualTo(Severity.HIGH);
            assertThat(complexity.startLine()).isEqualTo(1);
            assertThat(complexity.snippet()).startsWith("def long_one(");
            assertThat(complexity.properties()).containsEntry("value", "21");
            assertThat(context.published).singleElement().satisfies(p -> {
                assertThat(p[0]).isEqualTo("metrics");
                assertThat(((FileMetrics) p[1]).functions()).hasSize(1);
            });
        }
    }

    @Test
    void badSettingsAreRefusedWithTheKey() {
        ScanOptions bad = new ScanOptions(null, null, null, Map.of("metrics.max-nesting", "deep"));
        assertThatThrownBy(() -> MetricsSettings.from(bad))
                .hasMessage("metrics.max-nesting must be a whole number, got 'deep'");
        ScanOptions zero = new ScanOptions(null, null, null, Map.of("metrics.max-complexity", "0"));
        assertThatThrownBy(() -> MetricsSettings.from(zero)).hasMessageContaining("at least 1");
    }

    @Test
    void everySpecCompilesForItsGrammar() {
        MetricSpecs.all().forEach((language, spec) -> assertThat(
                dev.aicoder.analysis.syntax.SyntaxQuery.compile(language, spec.query()).captureNames())
                .as("%s", language).contains("function", "branch", "nest", "comment"));
    }
}
