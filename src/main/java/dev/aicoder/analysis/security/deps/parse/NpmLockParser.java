package dev.aicoder.analysis.security.deps.parse;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.aicoder.analysis.security.deps.Dependency;
import dev.aicoder.analysis.security.deps.DependencyGraph;
import dev.aicoder.analysis.security.deps.Ecosystem;

/**
 * {@code package-lock.json} and {@code npm-shrinkwrap.json}, lockfile versions 1 (nested {@code dependencies}),
 * 2 and 3 ({@code packages} keyed by {@code node_modules/...} paths, resolved the way Node resolves modules).
 * Linked workspace packages are not dependencies and are skipped.
 */
public final class NpmLockParser implements ManifestParser {

    private static final List<String> ROOT_SECTIONS = List.of("dependencies", "devDependencies",
            "optionalDependencies", "peerDependencies");

    @Override
    public boolean supports(String fileName) {
        return fileName.equals("package-lock.json") || fileName.equals("npm-shrinkwrap.json");
    }

    @Override
    public List<Dependency> parse(String path, String content, Siblings siblings) throws ManifestException {
        JsonNode root = Formats.json(path, content);
        DependencyGraph graph = new DependencyGraph(Ecosystem.NPM, path);
        if (root.has("packages") && root.get("packages").isObject()) {
            packages(root.get("packages"), graph);
        } else if (root.has("dependencies")) {
            packages(flatten(root.get("dependencies"), siblings), graph);
        } else {
            throw new ManifestException(path + " has neither \"packages\" nor \"dependencies\"");
        }
        return graph.dependencies();
    }

    private static void packages(JsonNode packages, DependencyGraph graph) {
        for (Iterator<Map.Entry<String, JsonNode>> it = packages.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String location = e.getKey();
            JsonNode pkg = e.getValue();
            if (!location.contains("node_modules/") || pkg.path("link").asBoolean() || !pkg.hasNonNull("version")) {
                continue;
            }
            graph.add(nameOf(location, pkg), pkg.get("version").asText(), scope(pkg));
        }
        JsonNode rootPkg = packages.path("");
        for (String section : ROOT_SECTIONS) {
            for (Iterator<String> names = rootPkg.path(section).fieldNames(); names.hasNext();) {
                String child = resolve(packages, "", names.next());
                if (child != null) {
                    graph.markDirect(keyOf(packages, child));
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = packages.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().contains("node_modules/") || !e.getValue().hasNonNull("version")) {
                continue;
            }
            String from = keyOf(packages, e.getKey());
            for (String section : List.of("dependencies", "optionalDependencies", "peerDependencies")) {
                for (Iterator<String> names = e.getValue().path(section).fieldNames(); names.hasNext();) {
                    String child = resolve(packages, e.getKey(), names.next());
                    if (child != null) {
                        graph.edge(from, keyOf(packages, child));
                    }
                }
            }
        }
    }

    /** Node's lookup: {@code <from>/node_modules/<name>}, then each ancestor folder, then the top level. */
    private static String resolve(JsonNode packages, String from, String name) {
        String base = from;
        while (true) {
            String candidate = (base.isEmpty() ? "" : base + "/") + "node_modules/" + name;
            if (packages.has(candidate) && packages.get(candidate).hasNonNull("version")) {
                return candidate;
            }
            if (base.isEmpty()) {
                return null;
            }
            int cut = base.lastIndexOf("/node_modules/");
            base = cut < 0 ? "" : base.substring(0, cut);
        }
    }

    private static String keyOf(JsonNode packages, String location) {
        JsonNode pkg = packages.get(location);
        return DependencyGraph.key(nameOf(location, pkg), pkg.get("version").asText());
    }

    private static String nameOf(String location, JsonNode pkg) {
        return pkg.hasNonNull("name") ? pkg.get("name").asText()
                : location.substring(location.lastIndexOf("node_modules/") + "node_modules/".length());
    }

    private static String scope(JsonNode pkg) {
        if (pkg.path("dev").asBoolean() || pkg.path("devOptional").asBoolean()) {
            return "dev";
        }
        return pkg.path("optional").asBoolean() ? "optional" : "runtime";
    }

    /**
     * Version 1 nests {@code dependencies} and names edges in {@code requires}; it is rewritten into the version 2
     * layout so one resolver serves both. Direct dependencies come from the root {@code package.json} when it is
     * there, otherwise every top-level entry counts as direct.
     */
    private static ObjectNode flatten(JsonNode deps, Siblings siblings) {
        ObjectNode packages = JsonNodeFactory.instance.objectNode();
        ObjectNode root = packages.putObject("");
        Optional<JsonNode> manifest = siblings.read("package.json").flatMap(NpmLockParser::tryJson);
        if (manifest.isPresent()) {
            for (String section : ROOT_SECTIONS) {
                if (manifest.get().has(section)) {
                    root.set(section, manifest.get().get(section));
                }
            }
        } else {
            ObjectNode all = root.putObject("dependencies");
            deps.fieldNames().forEachRemaining(n -> all.put(n, "*"));
        }
        flattenInto(deps, "", packages);
        return packages;
    }

    private static void flattenInto(JsonNode deps, String prefix, ObjectNode packages) {
        for (Iterator<Map.Entry<String, JsonNode>> it = deps.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode pkg = e.getValue();
            String version = pkg.path("version").asText("");
            if (version.isEmpty() || version.startsWith("file:") || version.startsWith("link:")) {
                continue;
            }
            String location = prefix + "node_modules/" + e.getKey();
            ObjectNode entry = packages.putObject(location);
            entry.put("name", e.getKey());
            entry.put("version", version);
            entry.put("dev", pkg.path("dev").asBoolean());
            entry.put("optional", pkg.path("optional").asBoolean());
            if (pkg.has("requires")) {
                entry.set("dependencies", pkg.get("requires"));
            }
            if (pkg.has("dependencies")) {
                flattenInto(pkg.get("dependencies"), location + "/", packages);
            }
        }
    }

    private static Optional<JsonNode> tryJson(String content) {
        try {
            return Optional.of(Formats.json("package.json", content));
        } catch (ManifestException e) {
            return Optional.empty();
        }
    }
}
