package dev.aicoder.analysis.security.deps.parse;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aicoder.analysis.security.deps.Dependency;
import dev.aicoder.analysis.security.deps.DependencyGraph;
import dev.aicoder.analysis.security.deps.Ecosystem;
import dev.aicoder.analysis.security.deps.version.VersionSchemes;

/**
 * Go modules. {@code go.mod} is the source of truth (since Go 1.17 it lists every module in the build, indirect
 * ones marked {@code // indirect}); {@code replace} directives with a version are applied. {@code go.sum} is read
 * only when no {@code go.mod} sits beside it, keeping the highest version of each module, because it also lists
 * versions that minimal version selection rejected.
 */
public final class GoModParser implements ManifestParser {

    private static final Pattern REQUIRE = Pattern.compile("^(\\S+)\\s+(v\\S+)(\\s*//\\s*indirect)?.*$");
    private static final Pattern REPLACE = Pattern.compile("^(\\S+)(?:\\s+v\\S+)?\\s*=>\\s*(\\S+)(?:\\s+(v\\S+))?\\s*$");

    @Override
    public boolean supports(String fileName) {
        return fileName.equals("go.mod") || fileName.equals("go.sum");
    }

    @Override
    public List<Dependency> parse(String path, String content, Siblings siblings) throws ManifestException {
        DependencyGraph graph = new DependencyGraph(Ecosystem.GO, path);
        if (path.endsWith("go.sum")) {
            if (siblings.read("go.mod").isPresent()) {
                return List.of();
            }
            goSum(content, graph);
            return graph.dependencies();
        }
        Map<String, String[]> replaces = new HashMap<>();
        Map<String, Object[]> requires = new LinkedHashMap<>();
        String block = null;
        for (String raw : content.split("\r?\n")) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("//")) {
                continue;
            }
            if (line.endsWith("(")) {
                block = line.substring(0, line.length() - 1).trim();
                continue;
            }
            if (line.equals(")")) {
                block = null;
                continue;
            }
            String directive = block;
            if (block == null) {
                int space = line.indexOf(' ');
                directive = space < 0 ? line : line.substring(0, space);
                line = space < 0 ? "" : line.substring(space + 1).trim();
            }
            if ("require".equals(directive)) {
                Matcher m = REQUIRE.matcher(line);
                if (m.matches()) {
                    requires.put(m.group(1), new Object[] {m.group(2), m.group(3) == null});
                }
            } else if ("replace".equals(directive)) {
                Matcher m = REPLACE.matcher(line);
                if (m.matches() && m.group(3) != null) {
                    replaces.put(m.group(1), new String[] {m.group(2), m.group(3)});
                }
            }
        }
        requires.forEach((module, v) -> {
            String[] r = replaces.get(module);
            String name = r == null ? module : r[0];
            String version = r == null ? (String) v[0] : r[1];
            String key = graph.add(name, version, "runtime");
            if ((Boolean) v[1]) {
                graph.markDirect(key);
            }
        });
        return graph.dependencies();
    }

    private static void goSum(String content, DependencyGraph graph) {
        Map<String, String> highest = new LinkedHashMap<>();
        var scheme = VersionSchemes.of(Ecosystem.GO);
        for (String line : content.split("\r?\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length < 3 || parts[1].endsWith("/go.mod") || !scheme.isValid(parts[1])) {
                continue;
            }
            highest.merge(parts[0], parts[1], (a, b) -> scheme.compare(a, b) >= 0 ? a : b);
        }
        highest.forEach((module, version) -> graph.add(module, version, "runtime"));
    }
}
