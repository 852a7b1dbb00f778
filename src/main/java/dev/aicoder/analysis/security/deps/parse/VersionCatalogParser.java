package dev.aicoder.analysis.security.deps.parse;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.analysis.security.deps.Dependency;
import dev.aicoder.analysis.security.deps.DependencyGraph;
import dev.aicoder.analysis.security.deps.Ecosystem;

/**
 * Gradle version catalogs ({@code gradle/libs.versions.toml}): every library of {@code [libraries]} with its
 * version, written inline ({@code "g:a:1.0"}, {@code version = "1.0"}) or by reference
 * ({@code version.ref = "x"} into {@code [versions]}). A catalog declares what builds may use; a Gradle lockfile,
 * when present, is the more exact source.
 */
public final class VersionCatalogParser implements ManifestParser {

    @Override
    public boolean supports(String fileName) {
        return fileName.endsWith(".versions.toml");
    }

    @Override
    public List<Dependency> parse(String path, String content, Siblings siblings) throws ManifestException {
        JsonNode root = Formats.toml(path, content);
        JsonNode versions = root.path("versions");
        DependencyGraph graph = new DependencyGraph(Ecosystem.MAVEN, path);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("libraries").fields(); it.hasNext();) {
            JsonNode lib = it.next().getValue();
            String module;
            String version = null;
            if (lib.isTextual()) {
                String[] gav = lib.asText().split(":");
                if (gav.length < 2) {
                    continue;
                }
                module = gav[0] + ":" + gav[1];
                version = gav.length > 2 ? gav[2] : null;
            } else {
                module = lib.hasNonNull("module") ? lib.get("module").asText()
                        : lib.path("group").asText() + ":" + lib.path("name").asText();
                JsonNode v = lib.path("version");
                if (v.isTextual()) {
                    version = v.asText();
                } else if (v.has("ref")) {
                    version = text(versions.path(v.get("ref").asText()));
                } else if (v.has("strictly") || v.has("require")) {
                    version = v.has("strictly") ? v.get("strictly").asText() : v.get("require").asText();
                } else if (lib.has("version.ref")) {
                    version = text(versions.path(lib.get("version.ref").asText()));
                }
            }
            graph.markDirect(graph.add(module, version, "compile"));
        }
        return graph.dependencies();
    }

    /** A [versions] entry: a plain string, or a rich version with strictly/require. */
    private static String text(JsonNode v) {
        if (v.isTextual()) {
            return v.asText();
        }
        return v.has("strictly") ? v.get("strictly").asText() : v.has("require") ? v.get("require").asText() : null;
    }
}
