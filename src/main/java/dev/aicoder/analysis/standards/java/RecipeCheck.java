package dev.aicoder.analysis.standards.java;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.openrewrite.ExecutionContext;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.Recipe;
import org.openrewrite.Result;
import org.openrewrite.SourceFile;
import org.openrewrite.internal.InMemoryLargeSourceSet;
import org.openrewrite.java.JavaParser;
import org.openrewrite.java.style.Autodetect;

import dev.aicoder.analysis.standards.StyleCheck;
import dev.aicoder.analysis.standards.StyleInput;
import dev.aicoder.analysis.standards.StyleIssue;
import dev.aicoder.analysis.standards.fix.LineDiff;
import dev.aicoder.analysis.standards.fix.LineEdit;
import dev.aicoder.source.Language;

/**
 * Java standards rules enforced by OpenRewrite recipes (rewrite-static-analysis). The file is parsed once with the
 * style detected from its own code (so inserted code is indented like its neighbours), each enabled recipe runs,
 * and each changed place becomes an issue whose fix is that change alone. A recipe that fails or leaves an error
 * marker contributes nothing.
 */
public final class RecipeCheck implements StyleCheck {

    static final List<RecipeRule> RULES = List.of(
            new RecipeRule("standards.java.modifier-order", "org.openrewrite.staticanalysis.ModifierOrder",
                    "Modifiers are not in the order the Java Language Specification recommends",
                    "reorder the modifiers"),
            new RecipeRule("standards.java.long-literal-suffix",
                    "org.openrewrite.staticanalysis.UpperCaseLiteralSuffixes",
                    "Numeric literal suffix in lower case (l is easily read as 1)", "write the suffix in upper case"),
            new RecipeRule("standards.java.one-variable-per-declaration",
                    "org.openrewrite.staticanalysis.MultipleVariableDeclarations",
                    "Several variables declared in one statement", "declare one variable per statement"),
            new RecipeRule("standards.java.redundant-initialization",
                    "org.openrewrite.staticanalysis.ExplicitInitialization",
                    "Field explicitly initialised to its default value", "remove the redundant initialiser"),
            new RecipeRule("standards.java.default-comes-last", "org.openrewrite.staticanalysis.DefaultComesLast",
                    "The default case of a switch is not the last one", "move the default case last"),
            new RecipeRule("standards.java.final-parameters",
                    "org.openrewrite.staticanalysis.FinalizeMethodArguments",
                    "Method parameter is not final", "declare the parameters final"),
            new RecipeRule("standards.java.utility-class-constructor",
                    "org.openrewrite.staticanalysis.HideUtilityClassConstructor",
                    "Utility class (only static members) has a public or default constructor",
                    "add a private constructor"),
            new RecipeRule("standards.java.extra-semicolons", "org.openrewrite.staticanalysis.RemoveExtraSemicolons",
                    "Unnecessary semicolon", "remove the semicolon"),
            new RecipeRule("standards.java.unnecessary-parentheses",
                    "org.openrewrite.staticanalysis.UnnecessaryParentheses",
                    "Unnecessary parentheses", "remove the parentheses"));

    /** More changed places than this for one rule in one file become a single issue with one fix. */
    static final int MAX_PLACES = 10;

    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> JavaParser.fromJavaVersion()
            .build());
    private static final Map<String, Optional<Recipe>> RECIPES = new ConcurrentHashMap<>();

    @Override
    public boolean supports(Language language) {
        return language == Language.JAVA;
    }

    @Override
    public List<String> ruleIds() {
        return RULES.stream().map(RecipeRule::id).toList();
    }

    @Override
    public List<StyleIssue> check(StyleInput in) {
        return check(in, true);
    }

    /** With {@code triage}, only the rules {@link RecipeTriage} says could change the file run (and need a parse). */
    List<StyleIssue> check(StyleInput in, boolean triage) {
        List<RecipeRule> enabled = RULES.stream().filter(r -> in.profile().enables(r.id())).toList();
        if (triage) {
            enabled = RecipeTriage.couldChange(in.content(), enabled);
        }
        if (enabled.isEmpty()) {
            return List.of();
        }
        Optional<SourceFile> parsed = parse(in.content());
        if (parsed.isEmpty()) {
            return List.of();
        }
        List<StyleIssue> out = new ArrayList<>();
        for (RecipeRule rule : enabled) {
            run(rule, parsed.get()).ifPresent(after -> issues(rule, in.content(), after, out));
        }
        return out;
    }

    private static Optional<SourceFile> parse(String content) {
        JavaParser parser = PARSER.get();
        try {
            AtomicBoolean failed = new AtomicBoolean();
            ExecutionContext ctx = new InMemoryExecutionContext(e -> failed.set(true));
            List<SourceFile> files = parser.parse(ctx, content).toList();
            if (failed.get() || files.size() != 1 || !files.get(0).printAll().equals(content)) {
                return Optional.empty();
            }
            Autodetect.Detector detector = Autodetect.detector();
            detector.sample(files.get(0));
            return Optional.of(files.get(0).withMarkers(files.get(0).getMarkers().add(detector.build())));
        } finally {
            parser.reset();
        }
    }

    private static Optional<String> run(RecipeRule rule, SourceFile file) {
        Optional<Recipe> recipe = RECIPES.computeIfAbsent(rule.recipe(), RecipeCheck::instantiate);
        if (recipe.isEmpty()) {
            return Optional.empty();
        }
        AtomicBoolean failed = new AtomicBoolean();
        ExecutionContext ctx = new InMemoryExecutionContext(e -> failed.set(true));
        List<Result> results = recipe.get().run(new InMemoryLargeSourceSet(List.of(file)), ctx).getChangeset()
                .getAllResults();
        if (failed.get() || results.isEmpty() || results.get(0).getAfter() == null) {
            return Optional.empty();
        }
        String after = results.get(0).getAfter().printAll();
        return after.contains("/*~~") ? Optional.empty() : Optional.of(after);
    }

    private static Optional<Recipe> instantiate(String className) {
        try {
            return Optional.of((Recipe) Class.forName(className).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static void issues(RecipeRule rule, String before, String after, List<StyleIssue> out) {
        List<LineEdit> edits = LineDiff.between(before, after);
        if (edits.size() > MAX_PLACES) {
            out.add(new StyleIssue(rule.id(), edits.get(0).begin() + 1, rule.message() + " (" + edits.size()
                    + " places)", rule.fixDescription(), after));
            return;
        }
        for (LineEdit e : edits) {
            out.add(new StyleIssue(rule.id(), e.begin() + 1, rule.message(), rule.fixDescription(),
                    LineDiff.apply(before, List.of(e))));
        }
    }
}
