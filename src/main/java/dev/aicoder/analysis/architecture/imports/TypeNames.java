package dev.aicoder.analysis.architecture.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aicoder.analysis.architecture.imports.ParsedModule.ImportRef;

/**
 * C# and Kotlin: types are found by name. A file depends on the file declaring a type it names when that type is
 * visible: in its own namespace/package, in a namespace it imports ({@code using N;}, {@code import n.*}), or
 * imported by its full name ({@code import n.Type}). Names are capitalised identifiers of the file's text, so a
 * mention in a comment can add an edge; a type declared in several files of one namespace links to all of them.
 */
final class TypeNames implements ModuleGraph.Resolver {

    /** namespace → type name → files declaring it. */
    private final Map<String, Map<String, List<String>>> declared = new HashMap<>();

    TypeNames(List<ParsedModule> modules) {
        for (ParsedModule m : modules) {
            for (String type : m.types()) {
                declared.computeIfAbsent(m.namespace(), k -> new HashMap<>())
                        .computeIfAbsent(type, k -> new ArrayList<>()).add(m.path());
            }
        }
    }

    @Override
    public String container(ParsedModule module) {
        return module.namespace().isEmpty() ? ModuleGraph.folder(module.path()) : module.namespace();
    }

    @Override
    public List<ModuleGraph.Target> targets(ParsedModule module) {
        Map<String, Integer> visible = new HashMap<>();
        visible.put(module.namespace(), 1);
        List<ModuleGraph.Target> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ImportRef ref : module.imports()) {
            boolean wildcard = module.language() != dev.aicoder.source.Language.KOTLIN || !ref.names().isEmpty();
            if (wildcard) {
                visible.putIfAbsent(ref.target(), ref.line());
                continue;
            }
            int dot = ref.target().lastIndexOf('.');
            String ns = dot < 0 ? "" : ref.target().substring(0, dot);
            for (String path : declared.getOrDefault(ns, Map.of()).getOrDefault(ref.target().substring(dot + 1),
                    List.of())) {
                if (seen.add(path)) {
                    out.add(new ModuleGraph.Target(path, ref.line()));
                }
            }
        }
        for (String name : module.typeRefs()) {
            visible.forEach((ns, line) -> {
                for (String path : declared.getOrDefault(ns, Map.of()).getOrDefault(name, List.of())) {
                    if (!path.equals(module.path()) && seen.add(path)) {
                        out.add(new ModuleGraph.Target(path, line));
                    }
                }
            });
        }
        return out;
    }
}
