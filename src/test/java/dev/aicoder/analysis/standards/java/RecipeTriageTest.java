package dev.aicoder.analysis.standards.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.aicoder.analysis.standards.StyleInput;
import dev.aicoder.analysis.standards.StyleIssue;
import dev.aicoder.analysis.standards.profile.Profile;
import dev.aicoder.analysis.standards.profile.ProfileCatalog;
import dev.aicoder.source.Language;

class RecipeTriageTest {

    static final RecipeCheck CHECK = new RecipeCheck();
    static final ProfileCatalog CATALOG = ProfileCatalog.builtIn();

    static List<String> issues(String code, Profile profile, boolean triage) {
        List<String> out = new ArrayList<>();
        for (StyleIssue i : CHECK.check(new StyleInput("X.java", Language.JAVA, code, profile), triage)) {
            out.add(i.ruleId() + ":" + i.line() + ":" + i.fixed());
        }
        return out;
    }

    static List<String> rules(String code) {
        List<RecipeRule> google = RecipeCheck.RULES.stream()
                .filter(r -> CATALOG.find(Language.JAVA, "google").orElseThrow().enables(r.id())).toList();
        return RecipeTriage.couldChange(code, google).stream().map(RecipeRule::id).toList();
    }

    @Test
    void eachRuleIsKeptExactlyWhereItsRecipeHasSomethingToChange() {
        String clean = """
                class A {
                  private static final long MAX = 10L;
                  int a;
                  int b;
                  Runnable r = () -> { };
                  int[] xs = {1, 2};
                  int f(int x) {
                    for (;;) { break; }
                    switch (x) { case 1: return 1; default: return 0; }
                  }
                }
                """;
        assertThat(rules(clean)).as("for (;;) looks like an extra semicolon, nothing else may run")
                .containsExactly("standards.java.extra-semicolons");
        assertThat(issues(clean, CATALOG.find(Language.JAVA, "google").orElseThrow(), false)).isEmpty();

        assertThat(rules("class A { static public int X = 1; }")).contains("standards.java.modifier-order");
        assertThat(rules("class A { long x = 10l; }")).containsExactly("standards.java.long-literal-suffix");
        assertThat(rules("class A { double x = 1.5d; }")).containsExactly("standards.java.long-literal-suffix");
        assertThat(rules("class A { int a, b; }")).containsExactly("standards.java.one-variable-per-declaration");
        assertThat(rules("class A { int f(int x) { switch (x) { default: return 0; case 1: return 1; } } }"))
                .containsExactly("standards.java.default-comes-last");
        assertThat(rules("class A { int a;; }")).containsExactly("standards.java.extra-semicolons");
        assertThat(rules("class A { class B { }; }")).containsExactly("standards.java.extra-semicolons");
        assertThat(rules("enum E { X, Y; }")).containsExactly("standards.java.extra-semicolons");
        assertThat(rules("class A { void f() { ; } }")).containsExactly("standards.java.extra-semicolons");
    }

    @Test
    void onRealCodeTheTriageNeverHidesAChangeUnderEitherJavaProfile() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("src/main/java/dev/aicoder/analysis")),
                Files.walk(Path.of("src/test/resources")))) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().limit(100).toList();
        }
        assertThat(files).hasSizeGreaterThan(60);
        int changes = 0;
        for (String name : List.of("google", "sun")) {
            Profile profile = CATALOG.find(Language.JAVA, name).orElseThrow();
            for (Path f : files) {
                String code = Files.readString(f);
                List<String> all = issues(code, profile, false);
                assertThat(issues(code, profile, true)).as(f + " under " + name).isEqualTo(all);
                changes += all.size();
            }
        }
        assertThat(changes).as("the corpus gives the recipes something to change").isGreaterThan(0);
    }
}
