package dev.aicoder.analysis.security.deps.parse;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.analysis.security.deps.Dependency;
import dev.aicoder.analysis.security.deps.DependencyGraph;
import dev.aicoder.analysis.security.deps.Ecosystem;

/**
 * {@code pnpm-lock.yaml}, lockfile versions 5 ({@code /name/1.0.0} keys), 6 ({@code /name@1.0.0}) and 9
 * ({@code name@1.0.0} keys with edges under {@code snapshots}). Peer-dependency suffixes such as
 * {@code (react@18.2.0)} or {@code _react@18.2.0} are not part of the version.
 */
public final class PnpmLockParser implements ManifestParser {

    private static final Map<String, String> SECTIONS = Map.of("dependencies", "runtime", "devDependencies", "dev",
            "optionalDependencies", "optional");

    @Override
    public boolean supports(String fileName) {
        return fileName.equals("pnpm-lock.yaml");
    }

    @Override
    public List<Dependency> parse(String path, String content, Siblings siblings) throws ManifestException {
        JsonNode root = Formats.yaml(path, content);
        DependencyGraph graph = new DependencyGraph(Ecosystem.NPM, path);
        JsonNode packages = root.path("packages");
        for (Iterator<Map.Entry<String, JsonNode>> it = packages.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String[] nv = nameVersion(e.getKey());
            if (nv != null) {
                graph.add(nv[0], nv[1], e.getValue().path("dev").asBoolean() ? "dev" : "runtime");
            }
        }
        JsonNode edgesSource = root.has("snapshots") ? root.get("snapshots") : packages;
        for (Iterator<Map.Entry<String, JsonNode>> it = edgesSource.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String[] nv = nameVersion(e.getKey());
            if (nv == null) {
                continue;
            }
            String from = DependencyGraph.key(nv[0], nv[1]);
            for (String section : List.of("dependencies", "optionalDependencies")) {
                e.getValue().path(section).fields().forEachRemaining(d -> {
                    String to = DependencyGraph.key(d.getKey(), clean(d.getValue().asText()));
                    if (graph.contains(to)) {
                        graph.edge(from, to);
                    }
                });
            }
        }
        JsonNode importers = root.has("importers") ? root.get("importers") : null;
        if (importers != null) {
            importers.fields().forEachRemaining(imp -> direct(imp.getValue(), graph));
        } else {
            direct(root, graph);
        }
        return graph.dependencies();
    }

    private static void direct(JsonNode importer, DependencyGraph graph) {
        SECTIONS.keySet().forEach(section -> importer.path(section).fields().forEachRemaining(d -> {
            JsonNode v = d.getValue();
            String version = clean(v.isObject() ? v.path("version").asText() : v.asText());
            String key = DependencyGraph.key(d.getKey(), version);
            if (graph.contains(key)) {
                graph.markDirect(key);
            }
        }));
    }

    /** Name and version of a package key in any of the lockfile versions; null for non-registry entries. */
    static String[] nameVersion(String key) {
        String k = key.startsWith("/") ? key.substring(1) : key;
        k = clean(k);
        int at = k.lastIndexOf('@');
        if (at > 0) {
            return new String[] {k.substring(0, at), k.substring(at + 1)};
        }
        int slash = k.lastIndexOf('/');
        if (slash > 0 && Character.isDigit(k.charAt(slash + 1))) {
            return new String[] {k.substring(0, slash), k.substring(slash + 1)}; // version 5: name/1.0.0
        }
        return null;
    }

    /** Drops peer suffixes: {@code 1.0.0(react@18.2.0)} and {@code 1.0.0_react@18.2.0} are 1.0.0. */
    static String clean(String version) {
        String v = version;
        int paren = v.indexOf('(');
        if (paren > 0) {
            v = v.substring(0, paren);
        }
        int underscore = v.indexOf('_');
        return underscore > 0 ? v.substring(0, underscore) : v;
    }
}
