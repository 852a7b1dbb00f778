package dev.aicoder.analysis.architecture.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.aicoder.analysis.architecture.imports.ParsedModule.ImportRef;

/**
 * Python import resolution without knowing the source roots: every file is registered under each suffix of its
 * dotted module name ({@code src/shop/core/models.py} as {@code shop.core.models}, {@code core.models}...), and an
 * absolute import resolves to the shortest path registered under that name. {@code from a import b} tries the
 * submodule {@code a.b} first; relative imports resolve from the importing file's package.
 */
final class PythonModules implements ModuleGraph.Resolver {

    private final Map<String, String> byName = new HashMap<>();

    PythonModules(List<ParsedModule> modules) {
        List<String> paths = modules.stream().map(ParsedModule::path).sorted(Comparator.comparingInt(String::length)
                .thenComparing(Comparator.naturalOrder())).toList();
        for (String path : paths) {
            List<String> parts = parts(path);
            for (int i = 0; i < parts.size(); i++) {
                byName.putIfAbsent(String.join(".", parts.subList(i, parts.size())), path);
            }
        }
    }

    @Override
    public List<ModuleGraph.Target> targets(ParsedModule module) {
        List<ModuleGraph.Target> out = new ArrayList<>();
        for (ImportRef ref : module.imports()) {
            String base = ref.level() == 0 ? ref.target() : relativeBase(module.path(), ref.level(), ref.target());
            if (base == null) {
                continue;
            }
            boolean submodule = false;
            for (String name : ref.names()) {
                Optional<String> sub = find(base.isEmpty() ? name : base + "." + name);
                if (sub.isPresent()) {
                    out.add(new ModuleGraph.Target(sub.get(), ref.line()));
                    submodule = true;
                }
            }
            if (!submodule && !base.isEmpty()) {
                find(base).ifPresent(p -> out.add(new ModuleGraph.Target(p, ref.line())));
            }
        }
        return out;
    }

    private Optional<String> find(String dotted) {
        return Optional.ofNullable(byName.get(dotted));
    }

    /** The dotted name that {@code level} dots plus {@code target} mean inside the importing file's package. */
    private static String relativeBase(String path, int level, String target) {
        List<String> pkg = new ArrayList<>(Arrays.asList(path.split("/")));
        pkg.remove(pkg.size() - 1);
        for (int i = 1; i < level; i++) {
            if (pkg.isEmpty()) {
                return null;
            }
            pkg.remove(pkg.size() - 1);
        }
        String base = String.join(".", pkg);
        return target.isEmpty() ? base : base.isEmpty() ? target : base + "." + target;
    }

    /** {@code a/b/c.py} → [a, b, c]; {@code a/b/__init__.py} → [a, b]. */
    private static List<String> parts(String path) {
        String p = path.replaceAll("\\.pyi?$", "");
        List<String> parts = new ArrayList<>(Arrays.asList(p.split("/")));
        if (parts.get(parts.size() - 1).equals("__init__")) {
            parts.remove(parts.size() - 1);
        }
        return parts.isEmpty() ? List.of(p) : parts;
    }
}
