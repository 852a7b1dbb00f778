package dev.aicoder.analysis.standards.java;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

import com.github.javaparser.JavaToken;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;

/**
 * Parsing a file for OpenRewrite costs more than all its recipes together, and most files give the recipes of a
 * profile nothing to change. On the JavaParser tree the conventions check already built, this tells which rules
 * <em>could</em> change the file; a rule without such a test always could. Every test errs towards "could": a
 * false "could" only costs the parse, a false "could not" would lose a finding.
 */
final class RecipeTriage {

    /** The order OpenRewrite's ModifierOrder sorts into (JLS order, {@code default} after {@code abstract}). */
    private static final List<Modifier.Keyword> ORDER = List.of(Modifier.Keyword.PUBLIC, Modifier.Keyword.PROTECTED,
            Modifier.Keyword.PRIVATE, Modifier.Keyword.ABSTRACT, Modifier.Keyword.DEFAULT, Modifier.Keyword.STATIC,
            Modifier.Keyword.FINAL, Modifier.Keyword.SEALED, Modifier.Keyword.NON_SEALED, Modifier.Keyword.TRANSIENT,
            Modifier.Keyword.VOLATILE, Modifier.Keyword.SYNCHRONIZED, Modifier.Keyword.NATIVE,
            Modifier.Keyword.STRICTFP);

    private static final Map<String, BiPredicate<CompilationUnit, String>> TESTS = Map.of(
            "standards.java.modifier-order", (cu, text) -> modifiersOutOfOrder(cu),
            "standards.java.long-literal-suffix", (cu, text) -> lowerCaseSuffix(cu),
            "standards.java.one-variable-per-declaration", (cu, text) -> severalVariables(cu),
            "standards.java.default-comes-last", (cu, text) -> defaultNotLast(cu),
            "standards.java.extra-semicolons", (cu, text) -> maybeExtraSemicolon(cu));

    private RecipeTriage() {
    }

    /** The rules among {@code enabled} that could change the file; all of them when it does not parse here. */
    static List<RecipeRule> couldChange(String content, List<RecipeRule> enabled) {
        Optional<CompilationUnit> cu = JavaConventionCheck.parse(content);
        if (cu.isEmpty() || cu.get().getModule().isPresent()) {
            return enabled; // the tests below know classes, not module declarations
        }
        return enabled.stream().filter(r -> {
            BiPredicate<CompilationUnit, String> test = TESTS.get(r.id());
            return test == null || test.test(cu.get(), content);
        }).toList();
    }

    private static boolean modifiersOutOfOrder(CompilationUnit cu) {
        for (Node n : cu.findAll(Node.class, x -> x instanceof NodeWithModifiers<?>)) {
            List<Modifier> mods = ((NodeWithModifiers<?>) n).getModifiers();
            int last = -1;
            Position previous = null;
            for (Modifier m : mods) {
                int rank = ORDER.indexOf(m.getKeyword());
                Optional<Position> at = m.getBegin();
                if (rank < 0 || at.isEmpty() || (previous != null && at.get().isBefore(previous)) || rank < last) {
                    return true;
                }
                last = rank;
                previous = at.get();
            }
        }
        return false;
    }

    private static boolean lowerCaseSuffix(CompilationUnit cu) {
        return cu.findFirst(LongLiteralExpr.class, l -> l.getValue().endsWith("l")).isPresent()
                || cu.findFirst(DoubleLiteralExpr.class, d -> {
                    String v = d.getValue();
                    return v.endsWith("f") || v.endsWith("d");
                }).isPresent();
    }

    private static boolean severalVariables(CompilationUnit cu) {
        return cu.findFirst(FieldDeclaration.class, f -> f.getVariables().size() > 1).isPresent()
                || cu.findFirst(VariableDeclarationExpr.class, v -> v.getVariables().size() > 1).isPresent();
    }

    private static boolean defaultNotLast(CompilationUnit cu) {
        return cu.findFirst(SwitchStmt.class, s -> defaultNotLast(s.getEntries())).isPresent()
                || cu.findFirst(SwitchExpr.class, s -> defaultNotLast(s.getEntries())).isPresent();
    }

    private static boolean defaultNotLast(List<SwitchEntry> entries) {
        for (int i = 0; i < entries.size() - 1; i++) {
            if (entries.get(i).isDefault() || entries.get(i).getLabels().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An empty statement, an enum whose constants end with {@code ;} and nothing after, a {@code ;} right after
     * {@code ;} or {@code {}, before {@code )}, or after a {@code }} that does not end an expression (array
     * initialiser, anonymous class, lambda, switch expression).
     */
    private static boolean maybeExtraSemicolon(CompilationUnit cu) {
        if (cu.findFirst(EmptyStmt.class).isPresent()
                || cu.findFirst(EnumDeclaration.class, e -> e.getMembers().isEmpty()).isPresent()) {
            return true;
        }
        Set<Position> expressionEnds = new HashSet<>();
        for (Class<? extends Node> type : List.of(ArrayInitializerExpr.class, ObjectCreationExpr.class,
                LambdaExpr.class, SwitchExpr.class)) {
            cu.findAll(type).forEach(n -> n.getEnd().ifPresent(expressionEnds::add));
        }
        Optional<com.github.javaparser.TokenRange> tokens = cu.getTokenRange();
        if (tokens.isEmpty()) {
            return true;
        }
        JavaToken previous = null;
        for (JavaToken t : tokens.get()) {
            if (t.getCategory().isWhitespaceOrComment()) {
                continue;
            }
            if (previous != null) {
                String before = previous.getText();
                if (t.getText().equals(";") && (before.equals(";") || before.equals("{")
                        || (before.equals("}") && previous.getRange().map(r -> !expressionEnds.contains(r.begin))
                                .orElse(true)))) {
                    return true;
                }
                if (t.getText().equals(")") && before.equals(";")) {
                    return true;
                }
            }
            previous = t;
        }
        return false;
    }
}
