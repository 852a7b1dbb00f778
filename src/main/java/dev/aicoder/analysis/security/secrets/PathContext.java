package dev.aicoder.analysis.security.secrets;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a file's path says about the secrets in it: a key in {@code src/test} or {@code README.md} is more likely a
 * fixture or an illustration than one in {@code .env} or {@code application.properties}.
 */
public record PathContext(Kind kind, boolean test, boolean example, boolean skip, boolean quotedLiterals) {

    /** The broad type of file. */
    public enum Kind {
        CONFIG, CODE, DOCS
    }

    private static final Pattern TEST = Pattern.compile(
            "(?:^|/)(?:src/test|tests?|__tests__|spec|specs|testdata|test-data|fixtures?|mocks?|__mocks__|testing)/"
                    + "|(?:^|/)test_[^/]*$|_test\\.[a-z]+$|\\.(?:test|spec)\\.[a-z]+$|Tests?\\.(?:java|kt|cs|scala)$"
                    + "|_spec\\.rb$|IT\\.java$");
    private static final Pattern EXAMPLE = Pattern.compile(
            "(?:^|/)(?:examples?|samples?|demos?|templates?|docs?|documentation)/"
                    + "|\\.(?:example|sample|template|dist|tmpl|tpl)(?:\\.[a-z]+)?$|(?:^|/)[^/]*[._-](?:example|sample)[^/]*$");
    private static final Set<String> CONFIG_EXT = Set.of("env", "properties", "yaml", "yml", "toml", "ini", "conf",
            "cfg", "json", "xml", "tf", "tfvars", "hcl", "config", "npmrc", "pypirc", "netrc", "gradle", "plist", "sh",
            "bash", "zsh", "ps1", "bat", "cmd");
    /** Configuration languages in which an unquoted right-hand side is an expression, not a string. */
    private static final Set<String> QUOTED_LITERALS_EXT = Set.of("tf", "tfvars", "hcl", "gradle");
    private static final Set<String> DOCS_EXT = Set.of("md", "markdown", "rst", "adoc", "txt", "html", "htm");
    private static final Set<String> SKIPPED_NAMES = Set.of("package-lock.json", "yarn.lock", "pnpm-lock.yaml",
            "poetry.lock", "pipfile.lock", "uv.lock", "go.sum", "cargo.lock", "gemfile.lock", "composer.lock",
            "gradle.lockfile", "npm-shrinkwrap.json", "bun.lock");
    private static final Set<String> SKIPPED_EXT = Set.of("svg", "map", "lock", "sum", "min.js", "pdf", "ipynb");

    public static PathContext of(String path) {
        String p = path.replace('\\', '/');
        String lower = p.toLowerCase(Locale.ROOT);
        String name = lower.substring(lower.lastIndexOf('/') + 1);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        boolean skip = SKIPPED_NAMES.contains(name) || SKIPPED_EXT.contains(ext) || name.endsWith(".min.js");
        Kind kind;
        if (name.startsWith(".env") || CONFIG_EXT.contains(ext) || name.equals("dockerfile")
                || name.startsWith("docker-compose")) {
            kind = Kind.CONFIG;
        } else if (DOCS_EXT.contains(ext)) {
            kind = Kind.DOCS;
        } else {
            kind = Kind.CODE;
        }
        return new PathContext(kind, TEST.matcher(p).find(), EXAMPLE.matcher(lower).find(), skip,
                QUOTED_LITERALS_EXT.contains(ext));
    }
}
