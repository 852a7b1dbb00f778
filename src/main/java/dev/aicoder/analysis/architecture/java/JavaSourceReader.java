package dev.aicoder.analysis.architecture.java;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;

import dev.aicoder.analysis.architecture.model.ClassFacts;
import dev.aicoder.analysis.architecture.model.DependencyKind;
import dev.aicoder.analysis.architecture.model.FieldFacts;
import dev.aicoder.analysis.architecture.model.MethodFacts;
import dev.aicoder.analysis.architecture.model.TypeSwitch;
import dev.aicoder.analysis.architecture.model.TypeUse;
import dev.aicoder.analysis.architecture.model.UnitKind;

/** Parses one Java file with JavaParser (no symbol solving) into a {@link JavaSource}. Thread-safe. */
final class JavaSourceReader {

    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> parser(
            ParserConfiguration.LanguageLevel.JAVA_21));
    /** Old code that uses later keywords as names ({@code record}, {@code yield}, {@code _}). */
    private static final ThreadLocal<JavaParser> LEGACY = ThreadLocal.withInitial(() -> parser(
            ParserConfiguration.LanguageLevel.JAVA_8));

    private JavaSourceReader() {
    }

    private static JavaParser parser(ParserConfiguration.LanguageLevel level) {
        return new JavaParser(new ParserConfiguration().setLanguageLevel(level).setAttributeComments(false));
    }

    /** The file's facts, or empty when it does not parse (it is then left out of the graph). */
    static Optional<JavaSource> read(String path, String content) {
        ParseResult<CompilationUnit> result = PARSER.get().parse(content);
        if (!result.isSuccessful()) {
            result = LEGACY.get().parse(content);
        }
        if (result.getResult().isEmpty() || !result.isSuccessful()) {
            return Optional.empty();
        }
        CompilationUnit cu = result.getResult().get();
        String pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        List<String> imports = new ArrayList<>();
        List<String> wildcards = new ArrayList<>();
        List<String> statics = new ArrayList<>();
        for (ImportDeclaration i : cu.getImports()) {
            if (i.isModule()) {
                continue;
            }
            String name = i.getNameAsString();
            if (i.isStatic()) {
                statics.add(i.isAsterisk() ? name : name.substring(0, Math.max(0, name.lastIndexOf('.'))));
            } else if (i.isAsterisk()) {
                wildcards.add(name);
            } else {
                imports.add(name);
            }
        }
        List<JavaSource.Type> types = new ArrayList<>();
        for (TypeDeclaration<?> t : cu.getTypes()) {
            types.add(type(pkg, t));
        }
        int lines = content.isEmpty() ? 0 : (int) content.chars().filter(c -> c == '\n').count() + 1;
        return Optional.of(new JavaSource(path, pkg, imports, wildcards, statics, types, lines));
    }

    private static JavaSource.Type type(String pkg, TypeDeclaration<?> t) {
        String simple = t.getNameAsString();
        String fqcn = pkg.isEmpty() ? simple : pkg + "." + simple;
        Set<String> nested = new LinkedHashSet<>();
        RefTally refs = ReferenceCollector.collect(t, nested);
        int begin = ReferenceCollector.line(t);
        int end = t.getEnd().map(p -> p.line).orElse(begin);
        return new JavaSource.Type(fqcn, simple, kind(t), begin, end - begin + 1, nested,
                refs, facts(fqcn, t));
    }

    private static UnitKind kind(TypeDeclaration<?> t) {
        if (t instanceof ClassOrInterfaceDeclaration c) {
            return c.isInterface() ? UnitKind.INTERFACE : c.isAbstract() ? UnitKind.ABSTRACT_CLASS : UnitKind.CLASS;
        }
        if (t instanceof EnumDeclaration) {
            return UnitKind.ENUM;
        }
        if (t instanceof RecordDeclaration) {
            return UnitKind.RECORD;
        }
        return t instanceof AnnotationDeclaration ? UnitKind.ANNOTATION : UnitKind.CLASS;
    }

    private static ClassFacts facts(String fqcn, TypeDeclaration<?> t) {
        boolean isInterface = t instanceof ClassOrInterfaceDeclaration c && c.isInterface();
        Set<String> fieldNames = new HashSet<>();
        Set<String> methodNames = new HashSet<>();
        List<FieldFacts> fields = new ArrayList<>();
        List<TypeUse> uses = new ArrayList<>();
        for (BodyDeclaration<?> m : t.getMembers()) {
            if (m instanceof FieldDeclaration f) {
                f.getVariables().forEach(v -> {
                    fieldNames.add(v.getNameAsString());
                    fields.add(new FieldFacts(v.getNameAsString(), v.getType().asString(), ReferenceCollector.line(v),
                            f.isStatic()));
                    if (!f.isStatic()) {
                        uses.add(new TypeUse(v.getType().asString(), DependencyKind.FIELD,
                                ReferenceCollector.line(v)));
                        v.getInitializer().filter(ObjectCreationExpr.class::isInstance)
                                .map(ObjectCreationExpr.class::cast)
                                .ifPresent(o -> uses.add(new TypeUse(o.getType().getNameWithScope(),
                                        DependencyKind.INSTANTIATES, ReferenceCollector.line(o))));
                    }
                });
            } else if (m instanceof MethodDeclaration md) {
                methodNames.add(md.getNameAsString());
            }
        }
        List<MethodFacts> methods = new ArrayList<>();
        List<TypeSwitch> switches = new ArrayList<>();
        Set<String> foreign = new HashSet<>();
        for (BodyDeclaration<?> m : t.getMembers()) {
            if (m instanceof CallableDeclaration<?> c) {
                Optional<BlockStmt> body = m instanceof MethodDeclaration md ? md.getBody()
                        : Optional.of(((ConstructorDeclaration) m).getBody());
                MethodScanner scanner = new MethodScanner(c.getNameAsString(), fieldNames, methodNames);
                scanner.scan(c, body);
                switches.addAll(scanner.typeSwitches);
                uses.addAll(scanner.created);
                foreign.addAll(scanner.foreignData);
                boolean constructor = m instanceof ConstructorDeclaration;
                int begin = ReferenceCollector.line(c);
                int end = c.getEnd().map(p -> p.line).orElse(begin);
                methods.add(new MethodFacts(c.getNameAsString(), c.getParameters().size(), begin, end - begin + 1,
                        scanner.complexity, isInterface || c.isPublic(), c.isStatic(), constructor,
                        MethodScanner.body(body), scanner.fields, scanner.calls));
                if (constructor) {
                    c.getParameters().forEach(p -> uses.add(new TypeUse(p.getType().asString(),
                            DependencyKind.PARAMETER, ReferenceCollector.line(p))));
                }
            }
        }
        List<String> supertypes = new ArrayList<>();
        if (t instanceof ClassOrInterfaceDeclaration c) {
            c.getExtendedTypes().forEach(x -> supertypes.add(x.getNameWithScope()));
            c.getImplementedTypes().forEach(x -> supertypes.add(x.getNameWithScope()));
        } else if (t instanceof EnumDeclaration e) {
            e.getImplementedTypes().forEach(x -> supertypes.add(x.getNameWithScope()));
        } else if (t instanceof RecordDeclaration r) {
            r.getImplementedTypes().forEach(x -> supertypes.add(x.getNameWithScope()));
        }
        return new ClassFacts(fqcn, methods, fields, supertypes, uses, switches, foreign.size(),
                t.hasModifier(Modifier.Keyword.SEALED));
    }
}
