package dev.aicoder.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.aicoder.analysis.architecture.java.JavaModelReader;
import dev.aicoder.analysis.architecture.model.ClassFacts;
import dev.aicoder.analysis.architecture.model.Dependency;
import dev.aicoder.analysis.architecture.model.DependencyKind;
import dev.aicoder.analysis.architecture.model.MethodFacts;
import dev.aicoder.analysis.architecture.model.ProjectModel;
import dev.aicoder.analysis.architecture.model.UnitKind;

class JavaModelTest {

    private static ProjectModel model(String... pathsAndSources) {
        JavaModelReader reader = new JavaModelReader();
        for (int i = 0; i < pathsAndSources.length; i += 2) {
            assertThat(reader.read(pathsAndSources[i], pathsAndSources[i + 1])).isTrue();
        }
        ProjectModel.Builder b = ProjectModel.builder();
        reader.addTo(b);
        return b.build();
    }

    @Test
    void resolvesNamesLikeJavac() {
        ProjectModel m = model(
                "a/A.java", """
                        package p.a;
                        import p.b.B;
                        import p.c.*;
                        import static p.d.D.helper;
                        public class A extends B implements Api {
                            C c;
                            p.e.E qualified;
                            B.Inner inner;
                            java.util.List<C> list;
                            void run() { D2.call(); helper(); new Local(); p.e.E.make(); }
                            class Local {}
                        }
                        """,
                "a/Api.java", "package p.a; public interface Api {}",
                "a/D2.java", "package p.a; public class D2 { static void call() {} }",
                "b/B.java", "package p.b; public abstract class B { public static class Inner {} }",
                "c/C.java", "package p.c; public class C {}",
                "d/D.java", "package p.d; public class D { public static void helper() {} }",
                "e/E.java", "package p.e; public class E { static E make() { return null; } }",
                "f/Local.java", "package p.f; public class Local {}");
        Map<String, Dependency> deps = m.dependencies("p.a.A");
        assertThat(deps).containsOnlyKeys("p.b.B", "p.a.Api", "p.c.C", "p.e.E", "p.a.D2", "p.d.D");
        assertThat(deps.get("p.b.B").kindSet()).contains(DependencyKind.EXTENDS, DependencyKind.IMPORT);
        assertThat(deps.get("p.a.Api").kindSet()).contains(DependencyKind.IMPLEMENTS);
        assertThat(deps.get("p.c.C").kindSet()).contains(DependencyKind.FIELD);
        assertThat(deps.get("p.c.C").count()).isEqualTo(2);
        assertThat(deps.get("p.c.C").line()).isEqualTo(6);
        assertThat(m.unit("p.b.B").orElseThrow().kind()).isEqualTo(UnitKind.ABSTRACT_CLASS);
        assertThat(m.unit("p.a.Api").orElseThrow().kind()).isEqualTo(UnitKind.INTERFACE);
        assertThat(m.unit("p.a.A").orElseThrow().container()).isEqualTo("p.a");
    }

    @Test
    void collectsMemberFacts() {
        ProjectModel m = model("x/Counter.java", """
                package x;
                public class Counter {
                    private int count;
                    private String name;
                    public Counter(String name) { this.name = name; }
                    public void inc() { if (count < 10 && name != null) { count++; } }
                    public int get() { return count; }
                    public String label(Other o) { return name + o.getTitle() + o.getOwner() + o.size; }
                    public void todo() { throw new UnsupportedOperationException(); }
                    public void nothing() {}
                    private int twice() { return get() * 2; }
                }
                """, "x/Other.java", "package x; class Other { int size; String getTitle() { return \"\"; } "
                + "String getOwner() { return \"\"; } }");
        ClassFacts f = m.facts("x.Counter").orElseThrow();
        MethodFacts inc = f.methods().stream().filter(x -> x.name().equals("inc")).findFirst().orElseThrow();
        assertThat(inc.complexity()).isEqualTo(3);
        assertThat(inc.fields()).containsExactlyInAnyOrder("count", "name");
        MethodFacts twice = f.methods().stream().filter(x -> x.name().equals("twice")).findFirst().orElseThrow();
        assertThat(twice.calls()).containsExactly("get");
        assertThat(twice.fields()).isEmpty();
        assertThat(f.methods().stream().filter(x -> x.name().equals("todo")).findFirst().orElseThrow().body())
                .isEqualTo(MethodFacts.Body.UNSUPPORTED);
        assertThat(f.methods().stream().filter(x -> x.name().equals("nothing")).findFirst().orElseThrow().body())
                .isEqualTo(MethodFacts.Body.EMPTY);
        assertThat(f.foreignDataAccesses()).isEqualTo(3);
        assertThat(f.methods().stream().filter(MethodFacts::constructor).count()).isEqualTo(1);
    }

    @Test
    void unparsableFileIsRejected() {
        assertThat(new JavaModelReader().read("Bad.java", "class { oops")).isFalse();
    }
}
