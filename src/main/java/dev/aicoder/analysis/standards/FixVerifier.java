package dev.aicoder.analysis.standards;

import java.util.List;
import java.util.Optional;

import dev.aicoder.analysis.standards.java.JavaConventionCheck;
import dev.aicoder.analysis.syntax.SyntaxTree;
import dev.aicoder.analysis.syntax.SyntaxTrees;
import dev.aicoder.source.Language;

/**
 * Decides whether a proposed fix may be offered: the fixed file must still parse (JavaParser for Java; for other
 * languages, tree-sitter must find no more syntax errors than in the original), it must keep every token of the
 * original but those the rule removes ({@link TokenGuard}), and running the check again on the fixed text must
 * report fewer issues of that rule (the finding disappears on rescan).
 */
final class FixVerifier {

    private FixVerifier() {
    }

    static boolean verified(StyleCheck check, StyleInput original, List<StyleIssue> before, StyleIssue issue) {
        if (issue.fixed() == null || issue.fixed().equals(original.content())) {
            return false;
        }
        if (!parses(original.language(), original.content(), issue.fixed())
                || !TokenGuard.keepsCode(original.content(), issue.fixed(), java.util.Set.of(issue.ruleId()))) {
            return false;
        }
        long was = before.stream().filter(i -> i.ruleId().equals(issue.ruleId())).count();
        // only the rule being verified runs again: a formatter or recipe run for the other rules costs as much
        long now = check.check(original.withContent(issue.fixed()).withProfile(original.profile().only(issue.ruleId())))
                .stream()
                .filter(i -> i.ruleId().equals(issue.ruleId())).count();
        return now < was;
    }

    static boolean parses(Language language, String original, String fixed) {
        if (language == Language.JAVA) {
            return JavaConventionCheck.parse(fixed).isPresent();
        }
        Optional<Boolean> fixedErrors = errors(language, fixed);
        if (fixedErrors.isEmpty()) {
            return true;
        }
        return !fixedErrors.get() || errors(language, original).orElse(true);
    }

    /** Whether tree-sitter finds syntax errors, or empty when there is no grammar for the language. */
    private static Optional<Boolean> errors(Language language, String text) {
        Optional<SyntaxTree> tree = SyntaxTrees.parse(language, text);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        try (SyntaxTree t = tree.get()) {
            return Optional.of(t.hasErrors());
        }
    }
}
