package dev.aicoder.analysis.architecture.java;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.PatternExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;

import dev.aicoder.analysis.architecture.model.TypeSwitch;

/**
 * Finds branching on runtime types or type codes inside one method: {@code instanceof} chains of three or more
 * types on one value, pattern switches with three or more type cases, switches on {@code getClass()}, and switches
 * on a kind/type code with three or more cases (reported only when the same code is switched on elsewhere too).
 * A pattern switch without a default is exhaustive (compiler-checked) and is not collected.
 */
final class TypeSwitchCollector {

    static final int MIN_CASES = 3;

    private TypeSwitchCollector() {
    }

    /** Adds the {@code instanceof} chain that starts at {@code s}, if {@code s} starts one. */
    static void ifChain(String method, IfStmt s, List<TypeSwitch> out) {
        if (isChainHead(s)) {
            instanceofChain(method, s, out);
        }
    }

    private static boolean isChainHead(IfStmt s) {
        return !(s.getParentNode().orElse(null) instanceof IfStmt p && p.getElseStmt().orElse(null) == s);
    }

    private static void instanceofChain(String method, IfStmt head, List<TypeSwitch> out) {
        String subject = null;
        Set<String> types = new LinkedHashSet<>();
        for (IfStmt s = head; s != null; s = s.getElseStmt().orElse(null) instanceof IfStmt next ? next : null) {
            InstanceOfExpr test = instanceofTest(s.getCondition());
            if (test == null) {
                continue;
            }
            String what = test.getExpression().toString();
            if (subject == null) {
                subject = what;
            }
            if (subject.equals(what)) {
                types.add(test.getType().asString());
            }
        }
        if (types.size() >= MIN_CASES) {
            out.add(new TypeSwitch(method, ReferenceCollector.line(head), "instanceof-chain", subject,
                    List.copyOf(types)));
        }
    }

    private static InstanceOfExpr instanceofTest(Expression e) {
        while (e instanceof EnclosedExpr en) {
            e = en.getInner();
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.AND) {
            return instanceofTest(b.getLeft());
        }
        return e instanceof InstanceOfExpr i ? i : null;
    }

    static void switchOn(String method, Expression selector, NodeList<SwitchEntry> entries, int line,
            List<TypeSwitch> out) {
        List<String> patterns = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        boolean hasDefault = false;
        for (SwitchEntry e : entries) {
            hasDefault |= e.isDefault() || e.getLabels().isEmpty();
            for (Expression label : e.getLabels()) {
                if (label instanceof PatternExpr p) {
                    patterns.add(p.getType().asString());
                } else {
                    labels.add(label.toString());
                }
            }
        }
        String text = selector.toString();
        if (patterns.size() >= MIN_CASES && hasDefault) {
            out.add(new TypeSwitch(method, line, "pattern-switch", text, patterns));
        } else if (text.contains("getClass()") && labels.size() >= MIN_CASES) {
            out.add(new TypeSwitch(method, line, "class-switch", text, labels));
        } else if (isKindCode(selector) && labels.size() >= MIN_CASES) {
            out.add(new TypeSwitch(method, line, "kind-switch", kindName(selector), labels));
        }
    }

    /** {@code x.getType()}, {@code getKind()}, {@code this.kind}, {@code type}: a type code, by name. */
    private static boolean isKindCode(Expression selector) {
        String name = kindName(selector).replace("()", "").toLowerCase();
        return name.endsWith("type") || name.endsWith("kind");
    }

    private static String kindName(Expression selector) {
        if (selector instanceof MethodCallExpr m) {
            return m.getNameAsString() + "()";
        }
        if (selector instanceof FieldAccessExpr f) {
            return f.getNameAsString();
        }
        if (selector instanceof NameExpr n) {
            return n.getNameAsString();
        }
        return selector.toString();
    }
}
