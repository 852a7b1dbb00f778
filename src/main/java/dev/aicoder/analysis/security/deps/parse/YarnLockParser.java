package dev.aicoder.analysis.security.deps.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.analysis.security.deps.Dependency;
import dev.aicoder.analysis.security.deps.DependencyGraph;
import dev.aicoder.analysis.security.deps.Ecosystem;

/**
 * {@code yarn.lock}: the classic (v1) format, entries headed by their comma-separated specifiers
 * ({@code "lodash@^4.17.0", lodash@^4.17.21:}), and the Berry (v2+) format, which is YAML with
 * {@code __metadata}. Direct dependencies come from the {@code package.json} beside it.
 */
public final class YarnLockParser implements ManifestParser {

    private record Entry(String name, String version, List<String> specifiers, Map<String, String> deps) {
    }

    @Override
    public boolean supports(String fileName) {
        return fileName.equals("yarn.lock");
    }

    @Override
    public List<Dependency> parse(String path, String content, Siblings siblings) throws ManifestException {
        List<Entry> entries = content.contains("__metadata:") ? berry(path, content) : classic(path, content);
        DependencyGraph graph = new DependencyGraph(Ecosystem.NPM, path);
        Map<String, String> bySpecifier = new HashMap<>();
        for (Entry e : entries) {
            String key = graph.add(e.name(), e.version(), "runtime");
            e.specifiers().forEach(s -> bySpecifier.put(s, key));
        }
        for (Entry e : entries) {
            String from = DependencyGraph.key(e.name(), e.version());
            e.deps().forEach((name, range) -> {
                String to = bySpecifier.get(name + "@" + range);
                if (to != null) {
                    graph.edge(from, to);
                }
            });
        }
        PackageJson.direct(siblings, (name, range, scope) -> {
            String key = bySpecifier.get(name + "@" + range);
            if (key == null) {
                key = bySpecifier.get(name + "@npm:" + range);
            }
            if (key != null) {
                graph.markDirect(key);
            }
        });
        return graph.dependencies();
    }

    private static List<Entry> classic(String path, String content) throws ManifestException {
        List<Entry> entries = new ArrayList<>();
        List<String> specifiers = null;
        String version = null;
        Map<String, String> deps = new LinkedHashMap<>();
        boolean inDeps = false;
        int lineNo = 0;
        for (String raw : content.split("\r?\n")) {
            lineNo++;
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            if (!raw.startsWith(" ")) {
                add(entries, specifiers, version, deps);
                if (!raw.endsWith(":")) {
                    throw new ManifestException(path + ": unexpected line " + lineNo + " in a yarn.lock");
                }
                specifiers = new ArrayList<>();
                for (String s : raw.substring(0, raw.length() - 1).split(",")) {
                    specifiers.add(unquote(s.trim()));
                }
                version = null;
                deps = new LinkedHashMap<>();
                inDeps = false;
            } else if (raw.startsWith("    ") && inDeps) {
                String[] kv = raw.trim().split("\\s+", 2);
                deps.put(unquote(kv[0]), kv.length > 1 ? unquote(kv[1]) : "");
            } else {
                String line = raw.trim();
                inDeps = line.equals("dependencies:") || line.equals("optionalDependencies:");
                if (line.startsWith("version ")) {
                    version = unquote(line.substring(8).trim());
                }
            }
        }
        add(entries, specifiers, version, deps);
        return entries;
    }

    private static void add(List<Entry> entries, List<String> specifiers, String version, Map<String, String> deps) {
        if (specifiers != null && version != null && !specifiers.isEmpty()) {
            entries.add(new Entry(nameOf(specifiers.get(0)), version, specifiers, deps));
        }
    }

    private static List<Entry> berry(String path, String content) throws ManifestException {
        JsonNode root = Formats.yaml(path, content);
        List<Entry> entries = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String resolution = Formats.text(e.getValue(), "resolution");
            if (e.getKey().equals("__metadata") || resolution == null || resolution.contains("@workspace:")
                    || !e.getValue().hasNonNull("version")) {
                continue;
            }
            List<String> specifiers = new ArrayList<>();
            for (String s : e.getKey().split(",")) {
                specifiers.add(s.trim());
            }
            Map<String, String> deps = new LinkedHashMap<>();
            e.getValue().path("dependencies").fields().forEachRemaining(d -> deps.put(d.getKey(), d.getValue().asText()));
            entries.add(new Entry(nameOf(resolution), e.getValue().get("version").asText(), specifiers, deps));
        }
        return entries;
    }

    /** {@code @scope/name@^1.0} -> {@code @scope/name}. */
    static String nameOf(String specifier) {
        int at = specifier.indexOf('@', 1);
        return at < 0 ? specifier : specifier.substring(0, at);
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
