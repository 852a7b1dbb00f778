package dev.aicoder.analysis.architecture.java;

import java.util.Set;
import java.util.regex.Pattern;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithExtends;
import com.github.javaparser.ast.nodeTypes.NodeWithImplements;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import dev.aicoder.analysis.architecture.model.DependencyKind;

/**
 * Collects every type name a declaration mentions, as written: types in declarations, generics, casts and
 * {@code new}, annotations, type names used as the scope of a static call or constant, fully qualified names in
 * expressions. Resolution to project types happens later ({@link JavaNameResolver}).
 */
final class ReferenceCollector {

    private static final Pattern QUALIFIED = Pattern.compile("[a-z_][\\w]*(\\.[\\w]+)*\\.[A-Z][\\w]*");

    private ReferenceCollector() {
    }

    /** Tallies the names {@code type} mentions; nested type declarations are added to {@code nested}. */
    static RefTally collect(TypeDeclaration<?> type, Set<String> nested) {
        RefTally tally = new RefTally();
        AstWalk.preorder(type, node -> {
            if (node instanceof TypeDeclaration<?> t && t != type) {
                nested.add(t.getNameAsString());
            } else {
                visit(node, tally);
            }
        });
        return tally;
    }

    private static void visit(Node node, RefTally tally) {
        if (node instanceof ClassOrInterfaceType t) {
            if (!(t.getParentNode().orElse(null) instanceof ClassOrInterfaceType outer
                    && outer.getScope().orElse(null) == t)) {
                tally.add(t.getNameWithScope(), kindOf(t), line(t));
            }
        } else if (node instanceof AnnotationExpr a) {
            tally.add(a.getNameAsString(), DependencyKind.REFERENCE, line(a));
        } else if (node instanceof NameExpr n && isTypeLikeScope(n)) {
            tally.add(n.getNameAsString(), DependencyKind.CALL, line(n));
        } else if (node instanceof FieldAccessExpr f && !(f.getParentNode().orElse(null) instanceof FieldAccessExpr)) {
            String text = f.getScope().toString();
            if (QUALIFIED.matcher(text).matches()) {
                tally.add(text, DependencyKind.CALL, line(f));
            }
        }
    }

    /**
     * {@code Foo.bar()}, {@code Foo.CONSTANT}, {@code Foo::bar}: an upper-case name in scope position. A constant
     * in that position ({@code MAX.foo()}) only matters if a project type has the same name.
     */
    private static boolean isTypeLikeScope(NameExpr n) {
        String name = n.getNameAsString();
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        Node parent = n.getParentNode().orElse(null);
        return parent instanceof MethodCallExpr m && m.getScope().orElse(null) == n
                || parent instanceof FieldAccessExpr f && f.getScope() == n
                || parent instanceof MethodReferenceExpr r && r.getScope() == n;
    }

    private static DependencyKind kindOf(ClassOrInterfaceType t) {
        Node parent = t.getParentNode().orElse(null);
        if (parent instanceof NodeWithExtends<?> e && e.getExtendedTypes().stream().anyMatch(x -> x == t)) {
            return DependencyKind.EXTENDS;
        }
        if (parent instanceof NodeWithImplements<?> i && i.getImplementedTypes().stream().anyMatch(x -> x == t)) {
            return DependencyKind.IMPLEMENTS;
        }
        if (parent instanceof ObjectCreationExpr) {
            return DependencyKind.INSTANTIATES;
        }
        if (parent instanceof Parameter) {
            return DependencyKind.PARAMETER;
        }
        if (parent instanceof VariableDeclarator v && v.getParentNode().orElse(null) instanceof FieldDeclaration) {
            return DependencyKind.FIELD;
        }
        if (parent instanceof FieldDeclaration) {
            return DependencyKind.FIELD;
        }
        return DependencyKind.REFERENCE;
    }

    static int line(Node n) {
        return n.getBegin().map(p -> p.line).orElse(0);
    }
}
