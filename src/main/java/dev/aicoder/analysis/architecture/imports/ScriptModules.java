package dev.aicoder.analysis.architecture.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.aicoder.analysis.architecture.imports.ParsedModule.ImportRef;

/**
 * JavaScript/TypeScript resolution of relative specifiers ({@code ./x}, {@code ../y/z}) like Node and bundlers do:
 * the exact file, then with each known extension, then {@code index.*} in the folder. Bare specifiers are
 * packages and are ignored.
 */
final class ScriptModules implements ModuleGraph.Resolver {

    private static final List<String> EXTENSIONS = List.of("", ".ts", ".tsx", ".d.ts", ".js", ".jsx", ".mjs",
            ".cjs", "/index.ts", "/index.tsx", "/index.js", "/index.jsx", "/index.mjs");

    private final Set<String> paths;

    ScriptModules(List<ParsedModule> modules) {
        this.paths = modules.stream().map(ParsedModule::path).collect(Collectors.toSet());
    }

    @Override
    public List<ModuleGraph.Target> targets(ParsedModule module) {
        List<ModuleGraph.Target> out = new ArrayList<>();
        for (ImportRef ref : module.imports()) {
            if (!ref.target().startsWith(".")) {
                continue;
            }
            String joined = normalise(ModuleGraph.folder(module.path()) + "/" + ref.target());
            if (joined == null) {
                continue;
            }
            String stem = joined.replaceAll("\\.js$", "");
            for (String ext : EXTENSIONS) {
                if (paths.contains(joined + ext) || paths.contains(stem + ext)) {
                    out.add(new ModuleGraph.Target(paths.contains(joined + ext) ? joined + ext : stem + ext,
                            ref.line()));
                    break;
                }
            }
        }
        return out;
    }

    /** Resolves {@code .} and {@code ..}; null when the path climbs above the workspace root. */
    static String normalise(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (out.isEmpty()) {
                    return null;
                }
                out.remove(out.size() - 1);
            } else {
                out.add(part);
            }
        }
        return String.join("/", out);
    }
}
