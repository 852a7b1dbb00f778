package dev.aicoder.analysis.standards.java;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;

import dev.aicoder.analysis.standards.StyleIssue;

/**
 * Java naming conventions shared by Google Java Style (5.2) and the Sun/Checkstyle checks: packages all lower
 * case, types UpperCamelCase, methods, fields, parameters and locals lowerCamelCase, constants (static final
 * primitives and strings) UPPER_SNAKE_CASE. JUnit test methods may use underscores; serialVersionUID is allowed.
 */
final class JavaNaming {

    private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)*");
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Pattern CAMEL = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern TEST_METHOD = Pattern.compile("[a-z][A-Za-z0-9_]*");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Set<String> CONSTANT_TYPES = Set.of("byte", "short", "int", "long", "float", "double",
            "char", "boolean", "String");

    private JavaNaming() {
    }

    static void check(CompilationUnit cu, List<StyleIssue> out) {
        cu.getPackageDeclaration().ifPresent(p -> {
            if (!PACKAGE.matcher(p.getNameAsString()).matches()) {
                out.add(issue(JavaConventionCheck.line(p), "package " + p.getNameAsString(),
                        "all lower case, no underscores"));
            }
        });
        cu.findAll(TypeDeclaration.class).forEach(t -> {
            if (!TYPE.matcher(t.getNameAsString()).matches()) {
                out.add(issue(JavaConventionCheck.line(t), "type " + t.getNameAsString(), "UpperCamelCase"));
            }
        });
        cu.findAll(MethodDeclaration.class).forEach(m -> {
            boolean test = m.getAnnotations().stream().anyMatch(a -> a.getNameAsString().endsWith("Test"));
            if (!(test ? TEST_METHOD : CAMEL).matcher(m.getNameAsString()).matches()) {
                out.add(issue(JavaConventionCheck.line(m), "method " + m.getNameAsString() + "()", "lowerCamelCase"));
            }
        });
        cu.findAll(FieldDeclaration.class).forEach(f -> f.getVariables().forEach(v -> field(f, v, out)));
        cu.findAll(Parameter.class).forEach(p -> local(p.getNameAsString(), "parameter", JavaConventionCheck.line(p),
                out));
        cu.findAll(VariableDeclarationExpr.class).forEach(d -> d.getVariables()
                .forEach(v -> local(v.getNameAsString(), "local variable", JavaConventionCheck.line(v), out)));
    }

    private static void field(FieldDeclaration f, VariableDeclarator v, List<StyleIssue> out) {
        String name = v.getNameAsString();
        if (name.equals("serialVersionUID")) {
            return;
        }
        boolean interfaceField = f.getParentNode().orElse(null) instanceof
                com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c && c.isInterface();
        boolean constant = (f.isStatic() && f.isFinal() || interfaceField)
                && CONSTANT_TYPES.contains(v.getType().asString());
        if (constant && !CONSTANT.matcher(name).matches()) {
            out.add(issue(JavaConventionCheck.line(v), "constant " + name, "UPPER_SNAKE_CASE"));
        } else if (!constant && !(f.isStatic() && f.isFinal()) && !CAMEL.matcher(name).matches()) {
            out.add(issue(JavaConventionCheck.line(v), "field " + name, "lowerCamelCase"));
        }
    }

    private static void local(String name, String what, int line, List<StyleIssue> out) {
        if (!CAMEL.matcher(name).matches() && !name.equals("_")) {
            out.add(issue(line, what + " " + name, "lowerCamelCase"));
        }
    }

    private static StyleIssue issue(int line, String what, String expected) {
        return StyleIssue.unfixable(JavaConventionCheck.NAMING, line, "Name of " + what + " should be "
                + expected);
    }
}
