package dev.aicoder.analysis.security.deps.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aicoder.analysis.security.deps.Dependency;
import dev.aicoder.analysis.security.deps.DependencyGraph;
import dev.aicoder.analysis.security.deps.Ecosystem;

/**
 * {@code Gemfile.lock}: gems under {@code GEM > specs:} (four spaces: {@code name (version)}; six: its
 * dependencies), and the direct ones under {@code DEPENDENCIES}. Platform suffixes such as
 * {@code -x86_64-linux} are not part of the version. Gems from GIT or PATH sources are not from RubyGems.
 */
public final class GemfileLockParser implements ManifestParser {

    private static final Pattern SPEC = Pattern.compile("^    (\\S+) \\(([^)]+)\\)$");
    private static final Pattern SPEC_DEP = Pattern.compile("^      (\\S+)(?: \\(.*\\))?$");
    private static final Pattern DIRECT = Pattern.compile("^  (\\S+?)!?(?: \\(.*\\))?$");
    private static final Pattern PLATFORM = Pattern.compile(
            "-(?:x86_64|x86|i386|arm64|aarch64|arm|universal|java|x64|mingw|mswin|darwin|linux|jruby)[\\w\\-.]*$");

    @Override
    public boolean supports(String fileName) {
        return fileName.equals("Gemfile.lock") || fileName.equals("gems.locked");
    }

    @Override
    public List<Dependency> parse(String path, String content, Siblings siblings) throws ManifestException {
        DependencyGraph graph = new DependencyGraph(Ecosystem.RUBYGEMS, path);
        Map<String, String> keyByName = new HashMap<>();
        Map<String, List<String>> edges = new HashMap<>();
        List<String> direct = new ArrayList<>();
        String section = "";
        String current = null;
        for (String line : content.split("\r?\n")) {
            if (!line.isEmpty() && !line.startsWith(" ")) {
                section = line.trim();
                continue;
            }
            if (section.equals("GEM")) {
                Matcher spec = SPEC.matcher(line);
                Matcher dep = SPEC_DEP.matcher(line);
                if (spec.matches()) {
                    String version = PLATFORM.matcher(spec.group(2)).replaceFirst("");
                    current = spec.group(1);
                    keyByName.putIfAbsent(current, graph.add(current, version, "runtime"));
                } else if (dep.matches() && current != null) {
                    edges.computeIfAbsent(current, k -> new ArrayList<>()).add(dep.group(1));
                }
            } else if (section.equals("DEPENDENCIES")) {
                Matcher m = DIRECT.matcher(line);
                if (m.matches()) {
                    direct.add(m.group(1));
                }
            }
        }
        if (keyByName.isEmpty() && !content.contains("GEM")) {
            throw new ManifestException(path + " has no GEM section");
        }
        edges.forEach((from, tos) -> tos.forEach(to -> {
            if (keyByName.containsKey(to)) {
                graph.edge(keyByName.get(from), keyByName.get(to));
            }
        }));
        direct.stream().map(keyByName::get).filter(k -> k != null).forEach(graph::markDirect);
        return graph.dependencies();
    }
}
