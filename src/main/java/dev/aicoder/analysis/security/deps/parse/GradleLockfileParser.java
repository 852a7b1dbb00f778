package dev.aicoder.analysis.security.deps.parse;

import java.util.List;

import dev.aicoder.analysis.security.deps.Dependency;
import dev.aicoder.analysis.security.deps.DependencyGraph;
import dev.aicoder.analysis.security.deps.Ecosystem;

/**
 * Gradle dependency lockfiles ({@code gradle.lockfile}, {@code buildscript-gradle.lockfile}, and the older
 * per-configuration {@code gradle/dependency-locks/*.lockfile}): {@code group:artifact:version=configurations}.
 * A lockfile does not say which entries are direct. Configurations named like tests make the scope {@code test}.
 */
public final class GradleLockfileParser implements ManifestParser {

    @Override
    public boolean supports(String fileName) {
        return fileName.endsWith(".lockfile");
    }

    @Override
    public List<Dependency> parse(String path, String content, Siblings siblings) throws ManifestException {
        DependencyGraph graph = new DependencyGraph(Ecosystem.MAVEN, path);
        for (String raw : content.split("\r?\n")) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("empty=")) {
                continue;
            }
            String coordinates = line.contains("=") ? line.substring(0, line.indexOf('=')) : line;
            String configurations = line.contains("=") ? line.substring(line.indexOf('=') + 1) : "";
            String[] gav = coordinates.split(":");
            if (gav.length < 3) {
                throw new ManifestException(path + ": not a lockfile entry: " + abbreviate(coordinates));
            }
            boolean testOnly = !configurations.isEmpty()
                    && java.util.Arrays.stream(configurations.split(",")).allMatch(c -> c.toLowerCase().contains("test"));
            graph.add(gav[0] + ":" + gav[1], gav[2], testOnly ? "test" : "runtime");
        }
        return graph.dependencies();
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
