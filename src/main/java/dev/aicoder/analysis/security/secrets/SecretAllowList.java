package dev.aicoder.analysis.security.secrets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Things that are known not to be secrets: paths (regex over the workspace-relative path), values (regex over the
 * raw value, e.g. a published test key) and whole rules. Read from YAML:
 *
 * <pre>
 * paths: ['^third_party/', '\.snap$']
 * values: ['^pk_test_']
 * rules: [jwt]
 * </pre>
 */
public final class SecretAllowList {

    public static final SecretAllowList EMPTY = new SecretAllowList(List.of(), List.of(), List.of());

    private final List<Pattern> paths;
    private final List<Pattern> values;
    private final List<String> rules;

    public SecretAllowList(List<Pattern> paths, List<Pattern> values, List<String> rules) {
        this.paths = List.copyOf(paths);
        this.values = List.copyOf(values);
        this.rules = rules.stream().map(r -> r.startsWith("secrets/") ? r : "secrets/" + r).toList();
    }

    /** Reads an allow-list file; a bad regex is reported with the offending entry (never a secret). */
    public static SecretAllowList read(Path file) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        Row row = yaml.readValue(Files.readAllBytes(file), Row.class);
        return new SecretAllowList(compile(row.paths, "paths"), compile(row.values, "values"),
                row.rules == null ? List.of() : row.rules);
    }

    private static List<Pattern> compile(List<String> regexes, String field) {
        List<Pattern> out = new ArrayList<>();
        for (String r : regexes == null ? List.<String>of() : regexes) {
            try {
                out.add(Pattern.compile(r));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("allow-list " + field + ": bad regex at index " + e.getIndex());
            }
        }
        return out;
    }

    public boolean allowsPath(String path) {
        return paths.stream().anyMatch(p -> p.matcher(path).find());
    }

    public boolean allows(String ruleId, String value) {
        return rules.contains(ruleId) || values.stream().anyMatch(p -> p.matcher(value).find());
    }

    static final class Row {
        @JsonProperty
        public List<String> paths;
        @JsonProperty
        public List<String> values;
        @JsonProperty
        public List<String> rules;
    }
}
