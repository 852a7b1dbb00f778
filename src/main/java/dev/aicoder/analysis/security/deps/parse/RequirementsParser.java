package dev.aicoder.analysis.security.deps.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aicoder.analysis.security.deps.Dependency;
import dev.aicoder.analysis.security.deps.DependencyGraph;
import dev.aicoder.analysis.security.deps.Ecosystem;

/**
 * pip requirements files ({@code requirements.txt}, {@code requirements-dev.txt}, {@code requirements/*.txt}):
 * one requirement per line with extras, environment markers, hashes and continuation lines. Only {@code ==} and
 * {@code ===} pins give a version; other specifiers are kept as the constraint. Options ({@code -r}, {@code -e},
 * {@code --index-url}) and URLs are not packages.
 */
public final class RequirementsParser implements ManifestParser {

    private static final Pattern REQUIREMENT = Pattern.compile(
            "^([A-Za-z0-9][A-Za-z0-9._\\-]*)\\s*(?:\\[[^\\]]*])?\\s*(\\(?[<>=!~][^;#]*?\\)?)?\\s*(?:;.*)?$");
    private static final Pattern PIN = Pattern.compile("^===?\\s*([^,\\s*]+)$");

    @Override
    public boolean supports(String fileName) {
        return fileName.matches("requirements.*\\.txt") || fileName.matches("constraints.*\\.txt");
    }

    @Override
    public List<Dependency> parse(String path, String content, Siblings siblings) throws ManifestException {
        DependencyGraph graph = new DependencyGraph(Ecosystem.PYPI, path);
        String scope = path.matches(".*(dev|test|lint|doc).*") ? "dev" : "runtime";
        for (String logical : content.replaceAll("\\\\\\r?\\n", " ").split("\r?\n")) {
            String line = logical.replaceAll("(^|\\s)#.*$", "").replaceAll("\\s--hash[=\\s]\\S+", "").trim();
            if (line.isEmpty() || line.startsWith("-") || line.contains("://") || line.startsWith(".")
                    || line.startsWith("/")) {
                continue;
            }
            Matcher m = REQUIREMENT.matcher(line);
            if (!m.matches()) {
                continue; // a line pip would also reject; the file is still useful
            }
            String spec = m.group(2) == null ? null : m.group(2).replaceAll("[()\\s]", "");
            Matcher pin = spec == null ? null : PIN.matcher(spec);
            String version = pin != null && pin.matches() ? pin.group(1) : null;
            String key = graph.add(m.group(1), version, version == null ? spec : null, scope);
            graph.markDirect(key);
        }
        return graph.dependencies();
    }
}
