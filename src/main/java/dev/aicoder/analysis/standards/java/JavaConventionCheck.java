package dev.aicoder.analysis.standards.java;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;

import dev.aicoder.analysis.standards.StyleCheck;
import dev.aicoder.analysis.standards.StyleInput;
import dev.aicoder.analysis.standards.StyleIssue;
import dev.aicoder.source.Language;

/**
 * Java conventions checked on the JavaParser tree: naming ({@link JavaNaming}), wildcard imports, braces around
 * the bodies of {@code if}/{@code else}/loops (fixed by adding them), and Javadoc on public types and methods.
 */
public final class JavaConventionCheck implements StyleCheck {

    public static final String NAMING = "standards.java.naming";
    public static final String WILDCARD_IMPORT = "standards.java.wildcard-import";
    public static final String BRACES = "standards.java.braces";
    public static final String JAVADOC = "standards.java.missing-javadoc";

    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)));

    @Override
    public boolean supports(Language language) {
        return language == Language.JAVA;
    }

    @Override
    public List<String> ruleIds() {
        return List.of(NAMING, WILDCARD_IMPORT, BRACES, JAVADOC);
    }

    /** The last text parsed on this thread and its tree: the conventions and the recipe triage share one parse. */
    private static final ThreadLocal<Parsed> LAST = new ThreadLocal<>();

    private record Parsed(String content, Optional<CompilationUnit> tree) {
    }

    /**
     * The file's tree, or empty when it does not parse; also the "still parses" test of fixes. Callers only read
     * the tree: the same instance is returned for the same text on the same thread.
     */
    public static Optional<CompilationUnit> parse(String content) {
        Parsed last = LAST.get();
        if (last != null && last.content().equals(content)) {
            return last.tree();
        }
        ParseResult<CompilationUnit> r = PARSER.get().parse(content);
        Optional<CompilationUnit> tree = r.isSuccessful() ? r.getResult() : Optional.empty();
        LAST.set(new Parsed(content, tree));
        return tree;
    }

    @Override
    public List<StyleIssue> check(StyleInput in) {
        Optional<CompilationUnit> parsed = parse(in.content());
        if (parsed.isEmpty()) {
            return List.of();
        }
        CompilationUnit cu = parsed.get();
        List<StyleIssue> out = new ArrayList<>();
        if (in.profile().enables(NAMING)) {
            JavaNaming.check(cu, out);
        }
        if (in.profile().enables(WILDCARD_IMPORT)) {
            for (ImportDeclaration i : cu.getImports()) {
                if (i.isAsterisk() && !i.isStatic()) {
                    out.add(StyleIssue.unfixable(WILDCARD_IMPORT, line(i), "Wildcard import " + i.getNameAsString()
                            + ".*; " + in.profile().title() + " imports each type by name"));
                }
            }
        }
        if (in.profile().enables(BRACES)) {
            braces(in.content(), cu, out);
        }
        if (in.profile().enables(JAVADOC)) {
            javadoc(cu, out);
        }
        return out;
    }

    private static void braces(String content, CompilationUnit cu, List<StyleIssue> out) {
        cu.walk(n -> {
            if (n instanceof IfStmt s) {
                unbraced(content, s.getThenStmt(), "if", out);
                s.getElseStmt().filter(e -> !(e instanceof IfStmt)).ifPresent(e -> unbraced(content, e, "else", out));
            } else if (n instanceof ForStmt s) {
                unbraced(content, s.getBody(), "for", out);
            } else if (n instanceof ForEachStmt s) {
                unbraced(content, s.getBody(), "for", out);
            } else if (n instanceof WhileStmt s) {
                unbraced(content, s.getBody(), "while", out);
            } else if (n instanceof DoStmt s) {
                unbraced(content, s.getBody(), "do", out);
            }
        });
    }

    private static void unbraced(String content, Statement body, String keyword, List<StyleIssue> out) {
        if (body.isBlockStmt() || body.getRange().isEmpty()) {
            return;
        }
        var r = body.getRange().get();
        int start = SourceOffsets.offset(content, r.begin.line, r.begin.column);
        int end = SourceOffsets.offset(content, r.end.line, r.end.column) + 1;
        String fixed = start < 0 || end <= start ? null
                : content.substring(0, start) + "{ " + content.substring(start, end) + " }" + content.substring(end);
        out.add(new StyleIssue(BRACES, r.begin.line, "The body of '" + keyword + "' is not in braces",
                fixed == null ? null : "add braces", fixed));
    }

    private static void javadoc(CompilationUnit cu, List<StyleIssue> out) {
        for (TypeDeclaration<?> t : cu.findAll(TypeDeclaration.class)) {
            if (t.isPublic() && t.getJavadocComment().isEmpty()) {
                out.add(StyleIssue.unfixable(JAVADOC, line(t), "Public type " + t.getNameAsString()
                        + " has no Javadoc"));
            }
        }
        for (CallableDeclaration<?> c : cu.findAll(CallableDeclaration.class)) {
            if (c.isPublic() && c.getJavadocComment().isEmpty() && c.getAnnotationByName("Override").isEmpty()) {
                out.add(StyleIssue.unfixable(JAVADOC, line(c), "Public " + (c.isConstructorDeclaration()
                        ? "constructor" : "method " + c.getNameAsString() + "()") + " has no Javadoc"));
            }
        }
    }

    static int line(Node n) {
        return n.getBegin().map(p -> p.line).orElse(1);
    }
}
