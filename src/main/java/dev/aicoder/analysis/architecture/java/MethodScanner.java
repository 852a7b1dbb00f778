package dev.aicoder.analysis.architecture.java;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.WhileStmt;

import dev.aicoder.analysis.architecture.model.DependencyKind;
import dev.aicoder.analysis.architecture.model.MethodFacts.Body;
import dev.aicoder.analysis.architecture.model.TypeSwitch;
import dev.aicoder.analysis.architecture.model.TypeUse;

/**
 * One pass over a method body: cyclomatic complexity, own fields used, own methods called, attributes of other
 * objects read (ATFD), classes instantiated, type switches, and whether the body is a stub.
 */
final class MethodScanner {

    private static final Pattern GETTER = Pattern.compile("(get|is)[A-Z]\\w*");

    int complexity = 1;
    final Set<String> fields = new HashSet<>();
    final Set<String> calls = new HashSet<>();
    final Set<String> foreignData = new HashSet<>();
    final List<TypeSwitch> typeSwitches = new ArrayList<>();
    /** Collaborators the method hard-wires: {@code this.x = new Foo()} (a local {@code new} is not one). */
    final List<TypeUse> created = new ArrayList<>();

    private final String method;
    private final Set<String> ownFields;
    private final Set<String> ownMethods;
    private final Set<String> locals = new HashSet<>();
    /** Names and variable accesses seen, classified once all local declarations are known. */
    private final List<NameExpr> names = new ArrayList<>();
    private final List<FieldAccessExpr> accesses = new ArrayList<>();
    private final List<MethodCallExpr> invocations = new ArrayList<>();
    private final List<AssignExpr> assignedNew = new ArrayList<>();

    MethodScanner(String method, Set<String> ownFields, Set<String> ownMethods) {
        this.method = method;
        this.ownFields = ownFields;
        this.ownMethods = ownMethods;
    }

    void scan(CallableDeclaration<?> declaration, Optional<BlockStmt> body) {
        declaration.getParameters().forEach(p -> locals.add(p.getNameAsString()));
        body.ifPresent(b -> AstWalk.preorder(b, this::visit));
        for (NameExpr n : names) {
            String s = n.getNameAsString();
            if (ownFields.contains(s) && !locals.contains(s)) {
                fields.add(s);
            }
        }
        accesses.forEach(this::visitFieldAccess);
        for (AssignExpr a : assignedNew) {
            Expression target = a.getTarget();
            boolean field = target instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr
                    || target instanceof NameExpr n && ownFields.contains(n.getNameAsString())
                            && !locals.contains(n.getNameAsString());
            if (field) {
                ObjectCreationExpr o = (ObjectCreationExpr) a.getValue();
                created.add(new TypeUse(o.getType().getNameWithScope(), DependencyKind.INSTANTIATES,
                        ReferenceCollector.line(o)));
            }
        }
        invocations.forEach(this::visitCall);
    }

    private void visit(Node n) {
        if (n instanceof IfStmt s) {
            complexity++;
            TypeSwitchCollector.ifChain(method, s, typeSwitches);
        } else if (n instanceof SwitchStmt s) {
            TypeSwitchCollector.switchOn(method, s.getSelector(), s.getEntries(), ReferenceCollector.line(s),
                    typeSwitches);
        } else if (n instanceof SwitchExpr s) {
            TypeSwitchCollector.switchOn(method, s.getSelector(), s.getEntries(), ReferenceCollector.line(s),
                    typeSwitches);
        } else if (n instanceof VariableDeclarator v) {
            locals.add(v.getNameAsString());
        } else if (n instanceof Parameter p) {
            locals.add(p.getNameAsString());
        } else if (n instanceof ObjectCreationExpr o && o.getParentNode().orElse(null) instanceof AssignExpr a
                && a.getValue() == o) {
            assignedNew.add(a);
        } else if (n instanceof ForStmt || n instanceof ForEachStmt || n instanceof WhileStmt
                || n instanceof DoStmt || n instanceof CatchClause || n instanceof ConditionalExpr) {
            complexity++;
        } else if (n instanceof SwitchEntry e && !e.getLabels().isEmpty()) {
            complexity++;
        } else if (n instanceof BinaryExpr b
                && (b.getOperator() == BinaryExpr.Operator.AND || b.getOperator() == BinaryExpr.Operator.OR)) {
            complexity++;
        } else if (n instanceof NameExpr name) {
            names.add(name);
        } else if (n instanceof FieldAccessExpr f) {
            accesses.add(f);
        } else if (n instanceof MethodCallExpr call) {
            invocations.add(call);
        }
    }

    private void visitFieldAccess(FieldAccessExpr f) {
        String field = f.getNameAsString();
        if (f.getScope() instanceof ThisExpr) {
            if (ownFields.contains(field)) {
                fields.add(field);
            }
        } else if (f.getScope() instanceof NameExpr scope && isVariable(scope.getNameAsString())
                && Character.isLowerCase(field.charAt(0))) {
            foreignData.add(field);
        }
    }

    private void visitCall(MethodCallExpr call) {
        Optional<Expression> scope = call.getScope();
        String name = call.getNameAsString();
        if (scope.isEmpty() || scope.get() instanceof ThisExpr) {
            if (ownMethods.contains(name)) {
                calls.add(name);
            }
        } else if (call.getArguments().isEmpty() && GETTER.matcher(name).matches()
                && !(scope.get() instanceof NameExpr s && !isVariable(s.getNameAsString()))) {
            foreignData.add(name.startsWith("is") ? name.substring(2) : name.substring(3));
        }
    }

    private boolean isVariable(String name) {
        return locals.contains(name) || ownFields.contains(name);
    }

    static Body body(Optional<BlockStmt> body) {
        if (body.isEmpty()) {
            return Body.NONE;
        }
        var statements = body.get().getStatements();
        if (statements.isEmpty()) {
            return Body.EMPTY;
        }
        if (statements.size() == 1 && statements.get(0) instanceof ThrowStmt t
                && t.getExpression() instanceof ObjectCreationExpr created) {
            String type = created.getType().getNameAsString();
            if (type.contains("UnsupportedOperation") || type.contains("NotImplemented")
                    || type.contains("NotSupported")) {
                return Body.UNSUPPORTED;
            }
        }
        return Body.NORMAL;
    }
}
