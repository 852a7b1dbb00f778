package dev.aicoder.analysis.security.deps.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aicoder.analysis.security.deps.Dependency;
import dev.aicoder.analysis.security.deps.DependencyGraph;
import dev.aicoder.analysis.security.deps.Ecosystem;

/**
 * Declared dependencies of {@code build.gradle} and {@code build.gradle.kts} when no Gradle lockfile sits beside
 * them (the lockfile is more exact): string notation ({@code implementation("g:a:1.0")}) and map notation
 * ({@code group: 'g', name: 'a', version: '1.0'}), with {@code $var} / {@code ${var}} taken from {@code ext},
 * {@code def}/{@code val} assignments and {@code gradle.properties}. Versions from plugins, platforms (BOMs) and
 * version catalogs' {@code libs.*} accessors are not resolved here (see {@link VersionCatalogParser}).
 */
public final class GradleBuildParser implements ManifestParser {

    private static final String CONFIGURATIONS = "(implementation|api|compile|compileOnly|runtimeOnly|runtime|"
            + "testImplementation|testCompile|testRuntimeOnly|testCompileOnly|annotationProcessor|kapt|ksp|"
            + "androidTestImplementation|debugImplementation|releaseImplementation)";
    private static final Pattern STRING_NOTATION = Pattern.compile(CONFIGURATIONS
            + "\\s*\\(?\\s*[\"']([^\"':\\s]+):([^\"':\\s]+):([^\"'@\\s]+)(?:@\\w+)?[\"']");
    private static final Pattern MAP_NOTATION = Pattern.compile(CONFIGURATIONS + "\\s*\\(?\\s*group\\s*[:=]\\s*[\"']"
            + "([^\"']+)[\"']\\s*,\\s*name\\s*[:=]\\s*[\"']([^\"']+)[\"']\\s*,\\s*version\\s*[:=]\\s*[\"']([^\"']+)[\"']");
    private static final Pattern VARIABLE = Pattern.compile(
            "(?:ext\\.|def\\s+|val\\s+|var\\s+|set\\(\\s*[\"'])?([A-Za-z_][\\w.]*)[\"']?\\s*(?:=|,)\\s*[\"']([^\"'$]+)[\"']");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{?([A-Za-z_][\\w.]*)}?");

    @Override
    public boolean supports(String fileName) {
        return fileName.equals("build.gradle") || fileName.equals("build.gradle.kts");
    }

    @Override
    public List<Dependency> parse(String path, String content, Siblings siblings) throws ManifestException {
        if (siblings.read("gradle.lockfile").isPresent()) {
            return List.of();
        }
        Map<String, String> vars = new HashMap<>();
        siblings.read("gradle.properties").ifPresent(props -> {
            for (String line : props.split("\r?\n")) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.startsWith("#")) {
                    vars.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
        });
        Matcher v = VARIABLE.matcher(content);
        while (v.find()) {
            vars.put(v.group(1), v.group(2));
        }
        DependencyGraph graph = new DependencyGraph(Ecosystem.MAVEN, path);
        for (Pattern p : List.of(STRING_NOTATION, MAP_NOTATION)) {
            Matcher m = p.matcher(content);
            while (m.find()) {
                String version = resolve(m.group(4), vars);
                boolean exact = !version.contains("$") && !version.contains("+") && !version.startsWith("[")
                        && !version.startsWith("(") && !version.contains("latest.");
                String scope = m.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("test")
                        || m.group(1).startsWith("androidTest") ? "test" : "compile";
                graph.markDirect(graph.add(m.group(2) + ":" + m.group(3), exact ? version : null,
                        exact ? null : version, scope));
            }
        }
        return graph.dependencies();
    }

    private static String resolve(String version, Map<String, String> vars) {
        Matcher r = REFERENCE.matcher(version);
        StringBuilder out = new StringBuilder();
        while (r.find()) {
            r.appendReplacement(out, Matcher.quoteReplacement(vars.getOrDefault(r.group(1), r.group())));
        }
        r.appendTail(out);
        return out.toString();
    }
}
