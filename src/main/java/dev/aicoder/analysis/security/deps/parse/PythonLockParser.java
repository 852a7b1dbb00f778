package dev.aicoder.analysis.security.deps.parse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.analysis.security.deps.Dependency;
import dev.aicoder.analysis.security.deps.DependencyGraph;
import dev.aicoder.analysis.security.deps.Ecosystem;

/**
 * Python lockfiles: {@code poetry.lock} and {@code uv.lock} (TOML {@code [[package]]} tables with their
 * dependencies) and {@code Pipfile.lock} (JSON {@code default} and {@code develop} sections). Direct dependencies
 * come from {@code pyproject.toml} or {@code Pipfile} beside the lockfile, or from uv's project entry.
 */
public final class PythonLockParser implements ManifestParser {

    @Override
    public boolean supports(String fileName) {
        return fileName.equals("poetry.lock") || fileName.equals("uv.lock") || fileName.equals("Pipfile.lock");
    }

    @Override
    public List<Dependency> parse(String path, String content, Siblings siblings) throws ManifestException {
        DependencyGraph graph = new DependencyGraph(Ecosystem.PYPI, path);
        if (path.endsWith("Pipfile.lock")) {
            pipfile(Formats.json(path, content), siblings, graph);
        } else {
            toml(Formats.toml(path, content), path.endsWith("uv.lock"), siblings, graph);
        }
        return graph.dependencies();
    }

    private static void toml(JsonNode root, boolean uv, Siblings siblings, DependencyGraph graph) {
        Map<String, String> keyByName = new HashMap<>();
        Set<String> direct = new HashSet<>(declared(siblings));
        for (JsonNode pkg : root.path("package")) {
            String name = pkg.path("name").asText();
            JsonNode source = pkg.path("source");
            if (uv && (source.has("editable") || source.has("virtual"))) {
                pkg.path("dependencies").forEach(d -> direct.add(norm(d.path("name").asText())));
                pkg.path("dev-dependencies").fields().forEachRemaining(g -> g.getValue()
                        .forEach(d -> direct.add(norm(d.path("name").asText()))));
                continue;
            }
            String scope = "dev".equals(pkg.path("category").asText()) ? "dev"
                    : pkg.path("optional").asBoolean() ? "optional" : "runtime";
            keyByName.put(norm(name), graph.add(name, pkg.path("version").asText(null), scope));
        }
        for (JsonNode pkg : root.path("package")) {
            String from = keyByName.get(norm(pkg.path("name").asText()));
            if (from == null) {
                continue;
            }
            JsonNode deps = pkg.path("dependencies");
            Iterator<String> names = deps.isArray() ? namesOfArray(deps) : deps.fieldNames();
            names.forEachRemaining(n -> {
                String to = keyByName.get(norm(n));
                if (to != null) {
                    graph.edge(from, to);
                }
            });
        }
        mark(direct, keyByName, graph);
    }

    private static Iterator<String> namesOfArray(JsonNode deps) {
        List<String> names = new java.util.ArrayList<>();
        deps.forEach(d -> names.add(d.isTextual() ? d.asText() : d.path("name").asText()));
        return names.iterator();
    }

    private static void pipfile(JsonNode root, Siblings siblings, DependencyGraph graph) {
        Map<String, String> keyByName = new HashMap<>();
        for (String section : List.of("default", "develop")) {
            root.path(section).fields().forEachRemaining(e -> {
                String version = e.getValue().path("version").asText("").replaceFirst("^===?", "");
                keyByName.putIfAbsent(norm(e.getKey()), graph.add(e.getKey(), version.isEmpty() ? null : version,
                        section.equals("develop") ? "dev" : "runtime"));
            });
        }
        Set<String> direct = new HashSet<>(declared(siblings));
        mark(direct.isEmpty() ? keyByName.keySet() : direct, keyByName, graph);
    }

    private static void mark(Set<String> direct, Map<String, String> keyByName, DependencyGraph graph) {
        direct.forEach(n -> {
            String key = keyByName.get(norm(n));
            if (key != null) {
                graph.markDirect(key);
            }
        });
    }

    /** Names declared in pyproject.toml (PEP 621 or Poetry) or a Pipfile next to the lockfile. */
    private static Set<String> declared(Siblings siblings) {
        Set<String> names = new HashSet<>();
        siblings.read("pyproject.toml").ifPresent(text -> {
            try {
                JsonNode root = Formats.toml("pyproject.toml", text);
                root.path("project").path("dependencies").forEach(d -> names.add(norm(requirementName(d.asText()))));
                root.path("project").path("optional-dependencies").fields()
                        .forEachRemaining(g -> g.getValue().forEach(d -> names.add(norm(requirementName(d.asText())))));
                JsonNode poetry = root.path("tool").path("poetry");
                poetry.path("dependencies").fieldNames().forEachRemaining(n -> names.add(norm(n)));
                poetry.path("dev-dependencies").fieldNames().forEachRemaining(n -> names.add(norm(n)));
                poetry.path("group").fields().forEachRemaining(g -> g.getValue().path("dependencies").fieldNames()
                        .forEachRemaining(n -> names.add(norm(n))));
            } catch (ManifestException e) {
                // without a readable pyproject.toml the paths are just shorter
            }
        });
        siblings.read("Pipfile").ifPresent(text -> {
            try {
                JsonNode root = Formats.toml("Pipfile", text);
                root.path("packages").fieldNames().forEachRemaining(n -> names.add(norm(n)));
                root.path("dev-packages").fieldNames().forEachRemaining(n -> names.add(norm(n)));
            } catch (ManifestException e) {
                // as above
            }
        });
        names.remove("python");
        return names;
    }

    private static String requirementName(String requirement) {
        return requirement.split("[\\s\\[<>=!~;(]", 2)[0];
    }

    private static String norm(String name) {
        return Ecosystem.PYPI.normalize(name);
    }
}
