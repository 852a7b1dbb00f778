package dev.aicoder.analysis.standards;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.aicoder.source.SourceFile;
import dev.aicoder.source.Workspace;

/**
 * The standards part of a repository's {@code .aicoder.yml}:
 *
 * <pre>
 * standards:
 *   profiles:
 *     python: black
 *     java: google
 * </pre>
 *
 * A missing file means no choice; an unreadable one is reported as a problem by {@link StandardsAnalyzer}.
 */
public final class RepositoryConfig {

    public static final String FILE = ".aicoder.yml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final int MAX_CHARS = 100_000;

    private RepositoryConfig() {
    }

    /** Language id → profile name, from {@code .aicoder.yml} at the workspace root. */
    public static Map<String, String> profiles(Workspace workspace) throws InvalidConfigException {
        Optional<SourceFile> file = workspace.file(FILE).or(() -> workspace.file(".aicoder.yaml"));
        if (file.isEmpty()) {
            return Map.of();
        }
        return profiles(workspace.read(file.get()));
    }

    static Map<String, String> profiles(String yaml) throws InvalidConfigException {
        if (yaml == null || yaml.isBlank()) {
            return Map.of();
        }
        if (yaml.length() > MAX_CHARS) {
            throw new InvalidConfigException(FILE + " is larger than " + MAX_CHARS + " characters");
        }
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new InvalidConfigException(FILE + " is not valid YAML at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()));
        }
        JsonNode profiles = root == null ? null : root.path("standards").path("profiles");
        if (profiles == null || profiles.isMissingNode() || profiles.isNull()) {
            return Map.of();
        }
        if (!profiles.isObject()) {
            throw new InvalidConfigException(FILE + ": standards.profiles must map a language to a profile name");
        }
        Map<String, String> out = new LinkedHashMap<>();
        profiles.fields().forEachRemaining(e -> out.put(e.getKey().trim().toLowerCase(), e.getValue().asText()));
        return out;
    }

    /** The repository's configuration cannot be used; the message says where. */
    public static final class InvalidConfigException extends Exception {
        public InvalidConfigException(String message) {
            super(message);
        }
    }
}
