package dev.aicoder.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.analysis.architecture.solid.Violation;
import dev.aicoder.analysis.architecture.suggest.Suggestion;
import dev.aicoder.analysis.architecture.suggest.SuggestionKind;
import dev.aicoder.analysis.architecture.suggest.TemplateExplainer;

class DesignChecksTest {

    private static ArchitectureReport analyse(JavaProject p) throws Exception {
        new ArchitectureAnalyzer(1, new TemplateExplainer()).analyze(p, p);
        return p.report();
    }

    private static List<Violation> violations(ArchitectureReport r, String rule) {
        return r.violations().stream().filter(v -> v.rule().equals(rule)).toList();
    }

    @Test
    void godClassThresholdsComeFromScanSettings() throws Exception {
        String source = """
                package g;
                public class Hub {
                    private int a; private int b;
                    public int one(Other o) { if (a > 0 && o.getX() > 1) { return o.getY(); } return o.getZ(); }
                    public int two(Other o) { for (int i = 0; i < b; i++) { if (o.isOn()) { b--; } } return o.getW(); }
                    public int three(Other o) { return o.getV() > 0 ? 1 : 2; }
                }
                """;
        String other = "package g; public class Other { int getX() { return 0; } int getY() { return 0; } "
                + "int getZ() { return 0; } boolean isOn() { return true; } int getW() { return 0; } "
                + "int getV() { return 0; } }";
        ArchitectureReport defaults = analyse(new JavaProject().add("g/Hub.java", source).add("g/Other.java", other));
        assertThat(violations(defaults, "architecture.god-class")).isEmpty();
        ScanOptions strict = new ScanOptions(null, null, null, Map.of("architecture.god-class.wmc", "5",
                "architecture.god-class.atfd", "4"));
        ArchitectureReport r = analyse(new JavaProject(strict).add("g/Hub.java", source).add("g/Other.java", other));
        Violation god = violations(r, "architecture.god-class").get(0);
        assertThat(god.target()).isEqualTo("g.Hub");
        assertThat(god.evidence().get(0)).contains("WMC) is 8");
        assertThat(god.evidence().get(2)).contains("reads 6 attributes");
        assertThat(r.suggestions()).anyMatch(s -> s.key().equals("split-class:g.Hub") && s.effort().equals("large"));
    }

    @Test
    void dipFlagsPolicyOnConcreteDetailButNotLocalHelpers() throws Exception {
        ArchitectureReport r = analyse(new JavaProject()
                .add("app/service/Billing.java", """
                        package app.service;
                        import app.persistence.JdbcBillingStore;
                        import app.util.Formatter;
                        public class Billing {
                            private final JdbcBillingStore store;
                            public Billing(JdbcBillingStore store) { this.store = store; }
                            public String bill() { return new Formatter().format(store.total()); }
                        }
                        """)
                .add("app/persistence/JdbcBillingStore.java",
                        "package app.persistence; public class JdbcBillingStore { public int total() { return 1; } }")
                .add("app/util/Formatter.java",
                        "package app.util; public class Formatter implements Fmt { public String format(int i) "
                                + "{ return \"\" + i; } }")
                .add("app/util/Fmt.java", "package app.util; public interface Fmt { String format(int i); }"));
        Violation dip = violations(r, "architecture.dip-concrete-dependency").get(0);
        assertThat(dip.target()).isEqualTo("app.service.Billing");
        assertThat(dip.evidence()).hasSize(2).allMatch(e -> e.contains("JdbcBillingStore")
                && e.contains("policy package app.service"));
        assertThat(dip.evidence()).noneMatch(e -> e.contains("Formatter"));
    }

    @Test
    void dipIgnoresAbstractionsThatDoNotCoverTheClass() throws Exception {
        ArchitectureReport r = analyse(new JavaProject()
                .add("a/User.java", "package a; import b.TextBuilder; public class User { "
                        + "private final TextBuilder text = new TextBuilder(); }")
                .add("b/TextBuilder.java", "package b; public class TextBuilder implements Builder { "
                        + "public String build() { return \"\"; } public TextBuilder append(String s) { return this; } }")
                .add("b/Builder.java", "package b; public interface Builder { String build(); }"));
        assertThat(violations(r, "architecture.dip-concrete-dependency")).isEmpty();
    }

    @Test
    void typeCodesCountWhenSwitchedOnInSeveralPlaces() throws Exception {
        String area = """
                package s;
                public class Area {
                    double of(Shape s) {
                        switch (s.getKind()) { case CIRCLE: return 1; case SQUARE: return 2; case TRIANGLE: return 3; }
                        return 0;
                    }
                    Object sealedOk(Object o) {
                        return switch (o) { case String a -> 1; case Integer b -> 2; case Long c -> 3; };
                    }
                    Object open(Object o) {
                        return switch (o) { case String a -> 1; case Integer b -> 2; case Long c -> 3; default -> 4; };
                    }
                }
                """;
        String shape = "package s; public class Shape { Kind getKind() { return null; } enum Kind { CIRCLE, SQUARE, "
                + "TRIANGLE } }";
        ArchitectureReport once = analyse(new JavaProject().add("s/Area.java", area).add("s/Shape.java", shape));
        assertThat(violations(once, "architecture.ocp-type-switch")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("Area.open()"));
        String perimeter = """
                package s;
                public class Perimeter {
                    double of(Shape s) {
                        return switch (s.getKind()) { case CIRCLE -> 1; case SQUARE -> 2; case TRIANGLE -> 3; };
                    }
                }
                """;
        ArchitectureReport twice = analyse(new JavaProject().add("s/Area.java", area).add("s/Shape.java", shape)
                .add("s/Perimeter.java", perimeter));
        List<Violation> ocp = violations(twice, "architecture.ocp-type-switch");
        assertThat(ocp).hasSize(3);
        assertThat(ocp).filteredOn(v -> v.message().contains("getKind()")).hasSize(2)
                .allMatch(v -> v.evidence().get(1).contains("2 places"));
    }

    @Test
    void dataClassesAreNotSrpViolations() throws Exception {
        ArchitectureReport r = analyse(new JavaProject().add("d/Triple.java", """
                package d;
                public class Triple {
                    private int left; private int middle; private int right;
                    public int getLeft() { return left; }
                    public void setLeft(int v) { left = v; }
                    public int getMiddle() { return middle; }
                    public void setMiddle(int v) { middle = v; }
                    public int getRight() { return right; }
                    public void setRight(int v) { right = v; }
                    public int right() { return right; }
                }
                """));
        assertThat(violations(r, "architecture.srp-low-cohesion")).isEmpty();
    }

    @Test
    void suggestsMovingAClassToThePackageItBelongsWith() throws Exception {
        ArchitectureReport r = analyse(new JavaProject()
                .add("a/Home.java", "package a; public class Home { }")
                .add("a/Stray.java", """
                        package a;
                        import b.One; import b.Two;
                        public class Stray { One one; Two two; void run() { one.go(); two.go(); new One(); } }
                        """)
                .add("b/One.java", "package b; public class One { public void go() { new a.Stray(); } }")
                .add("b/Two.java", "package b; public class Two { public void go() { } }"));
        Suggestion move = r.suggestions().stream().filter(s -> s.kind() == SuggestionKind.MOVE_CLASS
                && s.target().equals("a.Stray")).findFirst().orElseThrow();
        assertThat(move.title()).isEqualTo("Move Stray to b");
        assertThat(move.evidence().get(1)).contains("never from a");
    }

    @Test
    void cyclesAreRankedFirst() throws Exception {
        ArchitectureReport r = analyse(ShopFixture.project());
        assertThat(r.suggestions().get(0).kind()).isEqualTo(SuggestionKind.INVERT_DEPENDENCY);
        assertThat(r.suggestions().get(0).key()).contains("->");
    }
}
