package dev.aicoder.analysis.security.taint.java;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;

import dev.aicoder.source.SourceFile;

/**
 * The Java files of one scan, parsed once, with what the taint interpreter needs to follow calls across classes:
 * types by qualified and simple name, constant fields, field types, and one symbol solver (JDK reflection plus
 * {@link WorkspaceTypeSolver}) shared by every file, used only for calls the cheap name lookup cannot place.
 */
final class JavaWorkspace {

    record Unit(SourceFile file, CompilationUnit cu) {
    }

    private final List<Unit> units;
    private final Map<Node, String> pathOf = new IdentityHashMap<>();
    private final Map<String, TypeDeclaration<?>> byQualified = new HashMap<>();
    private final Map<String, List<TypeDeclaration<?>>> bySimple = new HashMap<>();
    private final Set<String> methodNames = new HashSet<>();
    private final Map<String, List<MethodDeclaration>> byNameArity = new HashMap<>();
    private final Map<TypeDeclaration<?>, Map<String, Object>> constants = new IdentityHashMap<>();
    private final Map<TypeDeclaration<?>, Map<String, String>> fieldTypes = new IdentityHashMap<>();
    private final Map<TypeDeclaration<?>, Boolean> xmlHardened = new IdentityHashMap<>();
    private int resolutions;
    private int unresolved;

    private JavaWorkspace(List<Unit> units) {
        this.units = units;
        for (Unit u : units) {
            for (TypeDeclaration<?> t : u.cu().findAll(TypeDeclaration.class)) {
                pathOf.put(t, u.file().path());
                t.getFullyQualifiedName().ifPresent(q -> byQualified.putIfAbsent(q, t));
                bySimple.computeIfAbsent(t.getNameAsString(), k -> new ArrayList<>()).add(t);
                for (MethodDeclaration m : t.getMethods()) {
                    methodNames.add(m.getNameAsString());
                    byNameArity.computeIfAbsent(m.getNameAsString() + "/" + m.getParameters().size(),
                            k -> new ArrayList<>()).add(m);
                }
            }
        }
        CombinedTypeSolver solver = new CombinedTypeSolver(new ReflectionTypeSolver(),
                new WorkspaceTypeSolver(byQualified));
        JavaSymbolSolver symbols = new JavaSymbolSolver(solver);
        units.forEach(u -> symbols.inject(u.cu()));
    }

    /** Parses every Java file (in parallel, one parser per thread); files that do not parse are left out. */
    static JavaWorkspace parse(List<SourceFile> files, java.util.function.Function<SourceFile, String> reader) {
        ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(() -> new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)));
        Map<SourceFile, CompilationUnit> parsed = new ConcurrentHashMap<>();
        files.parallelStream().forEach(f -> {
            ParseResult<CompilationUnit> r = parsers.get().parse(reader.apply(f));
            r.getResult().ifPresent(cu -> parsed.put(f, cu));
        });
        List<Unit> units = new ArrayList<>();
        for (SourceFile f : files) {
            CompilationUnit cu = parsed.get(f);
            if (cu != null) {
                units.add(new Unit(f, cu));
            }
        }
        return new JavaWorkspace(units);
    }

    List<Unit> units() {
        return units;
    }

    String path(TypeDeclaration<?> type) {
        return pathOf.getOrDefault(type, "");
    }

    int resolutions() {
        return resolutions;
    }

    Optional<TypeDeclaration<?>> typeBySimpleName(String name) {
        List<TypeDeclaration<?>> all = bySimple.getOrDefault(name, List.of());
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    boolean isWorkspaceType(String simpleName) {
        return bySimple.containsKey(simpleName);
    }

    /** A method of {@code type} (or an outer type) with that name and arity. */
    Optional<CallableDeclaration<?>> method(TypeDeclaration<?> type, String name, int arity) {
        for (Node n = type; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> t) {
                for (MethodDeclaration m : t.getMethodsByName(name)) {
                    if (m.getParameters().size() == arity && m.getBody().isPresent()) {
                        return Optional.of(m);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Resolves a call with the symbol solver; only tried for names some workspace type declares, and only when
     * {@code worthSolving} (the call carries taint: the solver costs about as much as parsing, so calls that
     * carry nothing are placed by name alone). When the solver cannot (a library type missing from the scan), or
     * is not asked, a method that is the only one in the workspace with that name and arity is taken.
     */
    Optional<CallableDeclaration<?>> resolve(MethodCallExpr call, boolean worthSolving) {
        String name = call.getNameAsString();
        if (!methodNames.contains(name)) {
            return Optional.empty();
        }
        int arity = call.getArguments().size();
        if (!worthSolving) {
            return unique(name, arity);
        }
        try {
            resolutions++;
            ResolvedMethodDeclaration m = call.resolve();
            TypeDeclaration<?> owner = byQualified.get(m.declaringType().getQualifiedName());
            return owner == null ? Optional.empty() : method(owner, name, arity);
        } catch (RuntimeException | StackOverflowError e) {
            unresolved++;
            return unique(name, arity);
        }
    }

    private Optional<CallableDeclaration<?>> unique(String name, int arity) {
        List<MethodDeclaration> candidates = byNameArity.getOrDefault(name + "/" + arity, List.of());
        return candidates.size() == 1 && candidates.get(0).getBody().isPresent() ? Optional.of(candidates.get(0))
                : Optional.empty();
    }

    int unresolved() {
        return unresolved;
    }

    /** Static final (and final) fields with constant initializers, by simple name. */
    Map<String, Object> constants(TypeDeclaration<?> type) {
        return constants.computeIfAbsent(type, t -> {
            Map<String, Object> out = new HashMap<>();
            for (FieldDeclaration f : t.getFields()) {
                if (!f.isFinal()) {
                    continue;
                }
                for (VariableDeclarator v : f.getVariables()) {
                    v.getInitializer().map(i -> JavaConstants.eval(i, Map.of(), out))
                            .ifPresent(c -> out.put(v.getNameAsString(), c));
                }
            }
            return Collections.unmodifiableMap(out);
        });
    }

    Map<String, String> fieldTypes(TypeDeclaration<?> type) {
        return fieldTypes.computeIfAbsent(type, t -> {
            Map<String, String> out = new HashMap<>();
            for (FieldDeclaration f : t.getFields()) {
                for (VariableDeclarator v : f.getVariables()) {
                    out.put(v.getNameAsString(), v.getType().asString());
                }
            }
            return out;
        });
    }

    /** True when the type switches off DTDs or external entities somewhere (a hardened XML parser factory). */
    boolean xmlHardened(TypeDeclaration<?> type) {
        return xmlHardened.computeIfAbsent(type, t -> {
            String text = t.toString();
            return text.contains("disallow-doctype-decl") || text.contains("external-general-entities")
                    || text.contains("ACCESS_EXTERNAL_DTD") || text.contains("SUPPORT_DTD")
                    || text.contains("isSupportingExternalEntities");
        });
    }
}
