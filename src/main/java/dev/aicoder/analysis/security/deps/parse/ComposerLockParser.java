package dev.aicoder.analysis.security.deps.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.analysis.security.deps.Dependency;
import dev.aicoder.analysis.security.deps.DependencyGraph;
import dev.aicoder.analysis.security.deps.Ecosystem;

/**
 * {@code composer.lock}: {@code packages} and {@code packages-dev} with their {@code require} edges; direct ones
 * from {@code composer.json} beside it. Platform requirements ({@code php}, {@code ext-*}) are not packages.
 */
public final class ComposerLockParser implements ManifestParser {

    @Override
    public boolean supports(String fileName) {
        return fileName.equals("composer.lock");
    }

    @Override
    public List<Dependency> parse(String path, String content, Siblings siblings) throws ManifestException {
        JsonNode root = Formats.json(path, content);
        if (!root.has("packages")) {
            throw new ManifestException(path + " has no \"packages\"");
        }
        DependencyGraph graph = new DependencyGraph(Ecosystem.PACKAGIST, path);
        Map<String, String> keyByName = new HashMap<>();
        for (String section : List.of("packages", "packages-dev")) {
            for (JsonNode pkg : root.path(section)) {
                String name = pkg.path("name").asText().toLowerCase(java.util.Locale.ROOT);
                String version = pkg.path("version").asText();
                keyByName.putIfAbsent(name, graph.add(name, version, section.equals("packages") ? "runtime" : "dev"));
            }
        }
        for (String section : List.of("packages", "packages-dev")) {
            for (JsonNode pkg : root.path(section)) {
                String from = keyByName.get(pkg.path("name").asText().toLowerCase(java.util.Locale.ROOT));
                pkg.path("require").fieldNames().forEachRemaining(n -> {
                    String to = keyByName.get(n.toLowerCase(java.util.Locale.ROOT));
                    if (to != null) {
                        graph.edge(from, to);
                    }
                });
            }
        }
        boolean[] any = {false};
        PackageJson.read(siblings, "composer.json", Map.of("require", "runtime", "require-dev", "dev"),
                (name, range, scope) -> {
                    String key = keyByName.get(name.toLowerCase(java.util.Locale.ROOT));
                    if (key != null) {
                        graph.markDirect(key);
                        any[0] = true;
                    }
                });
        if (!any[0]) {
            new HashMap<>(keyByName).values().forEach(graph::markDirect);
        }
        return graph.dependencies();
    }
}
