package dev.aicoder.analysis.architecture.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.aicoder.analysis.architecture.model.CodeUnit;
import dev.aicoder.analysis.architecture.model.DependencyKind;
import dev.aicoder.analysis.architecture.model.ProjectModel;
import dev.aicoder.analysis.architecture.model.UnitKind;
import dev.aicoder.source.Language;

/**
 * Turns parsed modules into units and import edges of the {@link ProjectModel}. Units are files (container: the
 * folder, or the namespace/package for C# and Kotlin), except Go where a unit is a package (folder). Imports that
 * resolve to no file of the workspace (standard library, third-party packages) are ignored.
 */
public final class ModuleGraph {

    private ModuleGraph() {
    }

    public static void addTo(List<ParsedModule> modules, ProjectModel.Builder builder) {
        Map<Language, List<ParsedModule>> byLanguage = new TreeMap<>();
        for (ParsedModule m : modules) {
            Language family = m.language() == Language.TYPESCRIPT ? Language.JAVASCRIPT : m.language();
            byLanguage.computeIfAbsent(family, k -> new ArrayList<>()).add(m);
        }
        byLanguage.forEach((language, list) -> {
            switch (language) {
                case GO -> GoPackages.addTo(list, builder);
                case PYTHON -> fileGraph(list, new PythonModules(list), builder);
                case CSHARP, KOTLIN -> fileGraph(list, new TypeNames(list), builder);
                default -> fileGraph(list, new ScriptModules(list), builder);
            }
        });
    }

    /** Resolves one file's imports to workspace files (paths). */
    interface Resolver {
        List<Target> targets(ParsedModule module);

        /** The container a file belongs to. */
        default String container(ParsedModule module) {
            return folder(module.path());
        }
    }

    /** An import edge's target file and the line of the import. */
    record Target(String path, int line) {
    }

    private static void fileGraph(List<ParsedModule> modules, Resolver resolver, ProjectModel.Builder builder) {
        for (ParsedModule m : modules) {
            boolean allInterfaces = !m.types().isEmpty() && m.interfaces() == m.types().size();
            builder.unit(new CodeUnit(m.path(), m.path(), resolver.container(m), m.path(), m.language(),
                    allInterfaces || isDeclarationFile(m.path()) ? UnitKind.ABSTRACT_MODULE : UnitKind.MODULE, 1,
                    m.lines()));
        }
        for (ParsedModule m : modules) {
            Map<String, Integer> firstLine = new HashMap<>();
            Map<String, Integer> counts = new HashMap<>();
            for (Target t : resolver.targets(m)) {
                firstLine.merge(t.path(), t.line(), Math::min);
                counts.merge(t.path(), 1, Integer::sum);
            }
            counts.forEach((to, n) -> builder.depend(m.path(), to, DependencyKind.IMPORT, n, firstLine.get(to)));
        }
    }

    static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "." : path.substring(0, slash);
    }

    private static boolean isDeclarationFile(String path) {
        return path.endsWith(".d.ts");
    }
}
