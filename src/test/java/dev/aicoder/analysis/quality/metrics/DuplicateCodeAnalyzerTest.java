package dev.aicoder.analysis.quality.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.syntax.MapWorkspace;
import dev.aicoder.analysis.syntax.SimpleContext;
import dev.aicoder.source.Language;

class DuplicateCodeAnalyzerTest {

    private static final String SHARED = """
                public int total(List<Order> orders, String region) {
                    int sum = 0;
                    for (Order order : orders) {
                        if (!order.region().equals(region)) {
                            continue;
                        }
                        for (Line line : order.lines()) {
                            sum += line.quantity() * line.unitPrice();
                            if (line.discounted()) {
                                sum -= line.discount();
                            } else if (line.quantity() > BULK_LIMIT) {
                                sum -= bulkRebate(line.quantity(), line.unitPrice());
                            }
                        }
                    }
                    return sum;
                }
            """;

    private static String javaClass(String name, String before, String after) {
        return "package shop;\n\nimport java.util.List;\n\nclass " + name + " {\n" + before + SHARED + after + "}\n";
    }

    private static List<Finding> run(MapWorkspace ws, SimpleContext context) {
        return new DuplicateCodeAnalyzer().analyze(ws, context);
    }

    @Test
    void aBlockCopiedToAnotherFileIsReportedOnTheCopy() throws Exception {
        MapWorkspace ws = new MapWorkspace()
                .add("src/A.java", Language.JAVA, javaClass("A", "    int a = 1;\n", "    void x() {}\n"))
                .add("src/B.java", Language.JAVA, javaClass("B", "    String b = \"b\";\n    int c;\n", ""));
        try (SimpleContext context = new SimpleContext()) {
            List<Finding> found = run(ws, context);
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("metrics.duplicated-block");
                assertThat(f.path()).isEqualTo("src/B.java");
                assertThat(f.startLine()).isEqualTo(8);
                assertThat(f.endLine()).isEqualTo(24);
                assertThat(f.message()).startsWith("Lines 8–24 duplicate src/A.java lines 7–23 (");
                assertThat(f.properties()).containsEntry("duplicate_of", "src/A.java");
                assertThat(f.snippet()).contains("public int total(");
            });
            assertThat(context.published).singleElement().satisfies(p -> {
                assertThat(p[0]).isEqualTo("duplication");
                DuplicateCodeAnalyzer.Summary s = (DuplicateCodeAnalyzer.Summary) p[1];
                assertThat(s.blocks()).isEqualTo(1);
                assertThat(s.duplicatedLines()).isEqualTo(17);
            });
        }
    }

    @Test
    void threeCopiesGiveTwoFindingsAndCommentsDoNotHideACopy() throws Exception {
        String commented = javaClass("C", "", "").replace("int sum = 0;", "int sum = 0; // running total");
        MapWorkspace ws = new MapWorkspace()
                .add("A.java", Language.JAVA, javaClass("A", "", ""))
                .add("B.java", Language.JAVA, javaClass("B", "    int q;\n", ""))
                .add("C.java", Language.JAVA, commented);
        try (SimpleContext context = new SimpleContext()) {
            assertThat(run(ws, context)).extracting(Finding::path).containsExactlyInAnyOrder("B.java", "C.java");
        }
    }

    @Test
    void importsRepetitiveTablesAndSmallCopiesAreNotReported() throws Exception {
        StringBuilder imports = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            imports.append("import com.example.pkg").append(i).append(".Type").append(i).append(";\n");
        }
        StringBuilder table = new StringBuilder("int[] t = {\n");
        for (int i = 0; i < 200; i++) {
            table.append("  0, 0, 0, 0,\n");
        }
        table.append("};\n");
        String small = "int f(int x) {\n  if (x > 1) {\n    return x * 2;\n  }\n  return x;\n}\n";
        MapWorkspace ws = new MapWorkspace()
                .add("a/A.java", Language.JAVA, imports + "class A { void a() {} }\n")
                .add("b/B.java", Language.JAVA, imports + "class B { int b; }\n")
                .add("t.c", Language.C, table + small)
                .add("u.c", Language.C, small)
                .add("data.json", Language.JSON, SHARED)
                .add("data2.json", Language.JSON, SHARED);
        try (SimpleContext context = new SimpleContext()) {
            assertThat(run(ws, context)).isEmpty();
        }
    }

    @Test
    void duplicatesInsideOneFileAreFound() throws Exception {
        String py = """
                def first(rows):
                    out = []
                    for row in rows:
                        if row.get("active") and row.get("visible"):
                            out.append({"id": row["id"], "name": row["name"].strip(), "tags": sorted(row["tags"])})
                    return out

                def second(rows):
                    out = []
                    for row in rows:
                        if row.get("active") and row.get("visible"):
                            out.append({"id": row["id"], "name": row["name"].strip(), "tags": sorted(row["tags"])})
                    return out
                """;
        MapWorkspace ws = new MapWorkspace().add("m.py", Language.PYTHON, py);
        try (SimpleContext context = new SimpleContext(new dev.aicoder.analysis.ScanOptions(null, null, null,
                java.util.Map.of("metrics.duplicate-min-tokens", "50", "metrics.duplicate-min-lines", "4")))) {
            assertThat(run(ws, context)).singleElement().satisfies(f -> {
                assertThat(f.path()).isEqualTo("m.py");
                assertThat(f.startLine()).isEqualTo(9);
                assertThat(f.message()).contains("duplicate lines 2–6");
            });
        }
    }
}
