package dev.aicoder.analysis.architecture.java;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import dev.aicoder.analysis.architecture.model.ClassFacts;
import dev.aicoder.analysis.architecture.model.CodeUnit;
import dev.aicoder.analysis.architecture.model.DependencyKind;
import dev.aicoder.analysis.architecture.model.FieldFacts;
import dev.aicoder.analysis.architecture.model.ProjectModel;
import dev.aicoder.analysis.architecture.model.TypeUse;
import dev.aicoder.source.Language;

/**
 * Adds Java files to a {@link ProjectModel}: one unit per top-level type, grouped by package, with edges for every
 * resolved type reference and import, and the member facts used by the cohesion and SOLID checks. Parsing is done
 * file by file through {@link #read} (thread-safe, so callers parse in parallel); resolution needs all files and
 * runs in {@link #addTo}.
 */
public final class JavaModelReader {

    /** Name of the container for types without a package declaration. */
    public static final String DEFAULT_PACKAGE = "(default)";

    private final Queue<JavaSource> parsed = new ConcurrentLinkedQueue<>();

    /** Parses one file; false when it does not parse (it is then left out). Thread-safe. */
    public boolean read(String path, String content) {
        Optional<JavaSource> source = JavaSourceReader.read(path, content);
        source.ifPresent(parsed::add);
        return source.isPresent();
    }

    /** Resolves the files read so far against each other and adds their units, edges and facts to {@code model}. */
    public void addTo(ProjectModel.Builder model) {
        List<JavaSource> sources = parsed.stream().sorted(Comparator.comparing(JavaSource::path)).toList();
        JavaNameResolver resolver = new JavaNameResolver(sources);
        for (JavaSource s : sources) {
            String pkg = s.pkg().isEmpty() ? DEFAULT_PACKAGE : s.pkg();
            for (JavaSource.Type t : s.types()) {
                model.unit(new CodeUnit(t.fqcn(), t.simpleName(), pkg, s.path(), Language.JAVA, t.kind(), t.line(),
                        t.lines()));
            }
        }
        for (JavaSource s : sources) {
            for (JavaSource.Type t : s.types()) {
                for (Map.Entry<String, RefTally.Entry> ref : t.refs().names().entrySet()) {
                    String target = resolver.resolve(s, t, ref.getKey());
                    if (target != null) {
                        RefTally.Entry e = ref.getValue();
                        model.depend(t.fqcn(), target, e.kinds, e.count, e.line);
                    }
                }
                model.facts(resolve(resolver, s, t));
            }
            if (!s.types().isEmpty()) {
                String first = s.types().get(0).fqcn();
                List<String> imported = new ArrayList<>(s.imports());
                imported.addAll(s.staticImports());
                for (String i : imported) {
                    String target = resolver.resolve(s, s.types().get(0), i);
                    if (target != null) {
                        model.depend(first, target, DependencyKind.IMPORT, 1, 0);
                    }
                }
            }
        }
    }

    private static ClassFacts resolve(JavaNameResolver resolver, JavaSource s, JavaSource.Type t) {
        ClassFacts raw = t.rawFacts();
        List<String> supertypes = raw.supertypes().stream().map(n -> resolver.resolve(s, t, n))
                .filter(Objects::nonNull).toList();
        List<FieldFacts> fields = raw.fields().stream().map(f -> {
            String type = resolver.resolve(s, t, f.type());
            return type == null ? f : new FieldFacts(f.name(), type, f.line(), f.isStatic());
        }).toList();
        List<TypeUse> uses = new ArrayList<>();
        for (TypeUse u : raw.uses()) {
            String type = resolver.resolve(s, t, u.type());
            if (type != null && !type.equals(t.fqcn())) {
                uses.add(new TypeUse(type, u.kind(), u.line()));
            }
        }
        return new ClassFacts(t.fqcn(), raw.methods(), fields, supertypes, uses, raw.typeSwitches(),
                raw.foreignDataAccesses(), raw.sealed());
    }
}
