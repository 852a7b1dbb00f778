package dev.aicoder.analysis.security.deps.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.analysis.security.deps.Dependency;
import dev.aicoder.analysis.security.deps.DependencyGraph;
import dev.aicoder.analysis.security.deps.Ecosystem;

/**
 * {@code Cargo.lock} (versions 1 to 4): {@code [[package]]} tables; packages without a {@code source} are the
 * workspace's own crates, whose dependencies are the direct ones. Dependency entries are {@code name},
 * {@code name version} or {@code name version (source)}.
 */
public final class CargoLockParser implements ManifestParser {

    @Override
    public boolean supports(String fileName) {
        return fileName.equals("Cargo.lock");
    }

    @Override
    public List<Dependency> parse(String path, String content, Siblings siblings) throws ManifestException {
        JsonNode root = Formats.toml(path, content);
        DependencyGraph graph = new DependencyGraph(Ecosystem.CARGO, path);
        Map<String, String> byName = new HashMap<>();
        Map<String, String> byNameVersion = new HashMap<>();
        for (JsonNode pkg : root.path("package")) {
            if (!pkg.has("source")) {
                continue;
            }
            String name = pkg.path("name").asText();
            String version = pkg.path("version").asText();
            String key = graph.add(name, version, "runtime");
            byName.put(name, key);
            byNameVersion.put(name + " " + version, key);
        }
        for (JsonNode pkg : root.path("package")) {
            String self = pkg.has("source") ? DependencyGraph.key(pkg.path("name").asText(),
                    pkg.path("version").asText()) : null;
            for (JsonNode dep : pkg.path("dependencies")) {
                String[] parts = dep.asText().split(" ");
                String to = parts.length > 1 ? byNameVersion.get(parts[0] + " " + parts[1]) : byName.get(parts[0]);
                if (to == null) {
                    continue;
                }
                if (self == null) {
                    graph.markDirect(to);
                } else {
                    graph.edge(self, to);
                }
            }
        }
        return graph.dependencies();
    }
}
