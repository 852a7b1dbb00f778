package dev.aicoder.analysis.architecture.imports;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aicoder.analysis.architecture.imports.ParsedModule.ImportRef;
import dev.aicoder.analysis.architecture.model.CodeUnit;
import dev.aicoder.analysis.architecture.model.DependencyKind;
import dev.aicoder.analysis.architecture.model.ProjectModel;
import dev.aicoder.analysis.architecture.model.UnitKind;
import dev.aicoder.source.Language;

/**
 * Go: one unit per package folder. An import path resolves to the workspace folder that is its longest suffix
 * ({@code github.com/acme/shop/internal/store} → {@code internal/store}), so no go.mod is needed; paths whose
 * first element has no dot are the standard library and are skipped.
 */
final class GoPackages {

    private GoPackages() {
    }

    static void addTo(List<ParsedModule> files, ProjectModel.Builder builder) {
        Map<String, int[]> lines = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (ParsedModule f : files) {
            String folder = ModuleGraph.folder(f.path());
            lines.computeIfAbsent(folder, k -> new int[1])[0] += f.lines();
            names.putIfAbsent(folder, f.namespace().isEmpty() ? folder : f.namespace());
        }
        lines.forEach((folder, n) -> builder.unit(new CodeUnit(folder, names.get(folder), folder, folder,
                Language.GO, UnitKind.MODULE, 1, n[0])));
        for (ParsedModule f : files) {
            String from = ModuleGraph.folder(f.path());
            for (ImportRef ref : f.imports()) {
                String target = resolve(ref.target(), lines.keySet());
                if (target != null) {
                    builder.depend(from, target, DependencyKind.IMPORT, 1, ref.line());
                }
            }
        }
    }

    static String resolve(String importPath, Iterable<String> folders) {
        int slash = importPath.indexOf('/');
        String first = slash < 0 ? importPath : importPath.substring(0, slash);
        if (!first.contains(".")) {
            return null;
        }
        String best = null;
        for (String folder : folders) {
            boolean suffix = importPath.equals(folder) || importPath.endsWith("/" + folder);
            if (suffix && !folder.equals(".") && (best == null || folder.length() > best.length())) {
                best = folder;
            }
        }
        return best;
    }
}
