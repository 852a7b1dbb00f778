package dev.aicoder.analysis.quality.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.quality.rules.RuleDefinition.Example;
import dev.aicoder.analysis.syntax.Grammars;
import dev.aicoder.analysis.syntax.InvalidQueryException;
import dev.aicoder.analysis.syntax.SourceText;
import dev.aicoder.analysis.syntax.SyntaxQuery;
import dev.aicoder.analysis.syntax.SyntaxTree;
import dev.aicoder.analysis.syntax.SyntaxTrees;
import dev.aicoder.source.Language;

/**
 * Semantic checks of parsed rules: queries compile for every language of the rule, regexes compile and cannot
 * match empty text, placeholders name real captures or groups, and (optionally) every example behaves: positive
 * ones fire, negative ones stay silent.
 */
public final class RuleValidator {

    static final int MAX_PATTERN_CHARS = 20_000;
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private RuleValidator() {
    }

    /** Checks one rule; problems are appended. */
    public static void check(RuleDefinition rule, List<RuleProblem> problems) {
        Set<String> names = new HashSet<>();
        for (Language language : rule.languages()) {
            if (rule.usesQuery()) {
                names.addAll(query(rule, language, "query", rule.query(), problems));
            }
            query(rule, language, "not-inside", rule.notInside(), problems);
            query(rule, language, "inside", rule.inside(), problems);
        }
        if (!rule.usesQuery()) {
            names.addAll(regex(rule, "regex", rule.regex(), problems));
            if ((rule.notInside() != null || rule.inside() != null)) {
                problems.add(problem(rule, "'inside' and 'not-inside' only work with a 'query' rule"));
            }
        }
        regex(rule, "unless", rule.unless(), problems);
        Set<String> used = new HashSet<>(Placeholders.names(rule.message()));
        if (rule.fix() != null) {
            used.addAll(Placeholders.names(rule.fix().replacement()));
        }
        used.removeAll(names);
        if (!used.isEmpty() && problemsFor(rule, problems) == 0) {
            problems.add(problem(rule, "placeholders " + used.stream().sorted().map(n -> "{{" + n + "}}").toList()
                    + " name no capture or group of the " + (rule.usesQuery() ? "query" : "regex")
                    + "; known: " + names.stream().sorted().toList()));
        }
    }

    /** Requires at least one positive and one negative example. */
    public static void requireExamples(RuleDefinition rule, List<RuleProblem> problems) {
        if (rule.examples().stream().noneMatch(Example::positive)) {
            problems.add(problem(rule, "needs at least one positive example (code on which it must fire)"));
        }
        if (rule.examples().stream().allMatch(Example::positive)) {
            problems.add(problem(rule, "needs at least one negative example (similar code on which it must not fire)"));
        }
    }

    /** Runs the rule's examples; a positive example that does not fire or a negative one that fires is a problem. */
    public static void checkExamples(RuleDefinition rule, List<RuleProblem> problems) {
        int index = 0;
        for (Example example : rule.examples()) {
            index++;
            String which = (example.positive() ? "positive" : "negative") + " example " + index + " ("
                    + example.language().id() + ")";
            if (!rule.languages().contains(example.language())) {
                problems.add(problem(rule, which + " is in a language the rule does not run on"));
                continue;
            }
            List<Finding> found = run(rule, example);
            if (example.positive() && found.isEmpty()) {
                problems.add(problem(rule, which + " does not fire:\n" + indent(example.code())));
            } else if (!example.positive() && !found.isEmpty()) {
                problems.add(problem(rule, which + " fires at line " + found.get(0).startLine() + ": "
                        + found.get(0).snippet().strip()));
            }
        }
    }

    static List<Finding> run(RuleDefinition rule, Example example) {
        RuleDefinition only = new RuleDefinition(rule.id(), rule.title(), rule.description(), rule.severity(),
                rule.category(), rule.cwe(), rule.tags(), rule.confidence(), List.of(example.language()),
                rule.message(), rule.query(), rule.regex(), rule.unless(), rule.notInside(), rule.inside(),
                rule.fix(), List.of(), rule.source());
        CompiledRules compiled = new CompiledRules(List.of(only));
        Optional<SyntaxTree> tree = rule.usesQuery() ? SyntaxTrees.parse(example.language(), example.code())
                : Optional.empty();
        try {
            SourceText text = tree.map(SyntaxTree::source).orElseGet(() -> new SourceText(example.code()));
            return new RuleRunner(compiled.forLanguage(example.language()), "example", text, tree, () -> false, null)
                    .run();
        } finally {
            tree.ifPresent(SyntaxTree::close);
        }
    }

    private static List<String> query(RuleDefinition rule, Language language, String field, String source,
            List<RuleProblem> problems) {
        if (source == null) {
            return List.of();
        }
        if (!Grammars.available(language)) {
            problems.add(problem(rule, "'" + field + "' needs a tree-sitter grammar, and " + language.id()
                    + " has none here; write a 'regex' rule instead"));
            return List.of();
        }
        if (source.length() > MAX_PATTERN_CHARS) {
            problems.add(problem(rule, "'" + field + "' is longer than " + MAX_PATTERN_CHARS + " characters"));
            return List.of();
        }
        try {
            return SyntaxQuery.compile(language, source).captureNames();
        } catch (InvalidQueryException e) {
            problems.add(problem(rule, "'" + field + "' does not compile for " + language.id() + ": "
                    + e.getMessage()));
            return List.of();
        }
    }

    private static List<String> regex(RuleDefinition rule, String field, String source, List<RuleProblem> problems) {
        if (source == null) {
            return List.of();
        }
        if (source.length() > MAX_PATTERN_CHARS) {
            problems.add(problem(rule, "'" + field + "' is longer than " + MAX_PATTERN_CHARS + " characters"));
            return List.of();
        }
        try {
            Pattern p = Pattern.compile(source, Pattern.MULTILINE);
            if (p.matcher("").matches()) {
                problems.add(problem(rule, "'" + field + "' matches empty text, so it would fire everywhere"));
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i <= p.matcher("").groupCount(); i++) {
                names.add(String.valueOf(i));
            }
            Matcher m = NAMED_GROUP.matcher(source);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        } catch (PatternSyntaxException e) {
            problems.add(problem(rule, "'" + field + "' is not a valid regex: " + e.getDescription()
                    + " at index " + e.getIndex()));
            return List.of();
        }
    }

    private static long problemsFor(RuleDefinition rule, List<RuleProblem> problems) {
        return problems.stream().filter(p -> rule.id().equals(p.ruleId())).count();
    }

    private static RuleProblem problem(RuleDefinition rule, String message) {
        return new RuleProblem(rule.source(), rule.id(), message);
    }

    private static String indent(String code) {
        return "      " + code.strip().replace("\n", "\n      ");
    }
}
