package dev.aicoder.analysis.security.deps.parse;

import java.io.IOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.aicoder.analysis.security.deps.parse.ManifestParser.ManifestException;

/** Shared readers for the JSON, YAML and TOML lockfile formats. */
final class Formats {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper TOML = new TomlMapper();

    private Formats() {
    }

    static JsonNode json(String path, String content) throws ManifestException {
        return read(JSON, "JSON", path, content);
    }

    static JsonNode yaml(String path, String content) throws ManifestException {
        return read(YAML, "YAML", path, content);
    }

    static JsonNode toml(String path, String content) throws ManifestException {
        return read(TOML, "TOML", path, content);
    }

    private static JsonNode read(ObjectMapper mapper, String format, String path, String content)
            throws ManifestException {
        try {
            JsonNode node = mapper.readTree(content);
            if (node == null || !node.isObject()) {
                throw new ManifestException(path + " is not a " + format + " object");
            }
            return node;
        } catch (IOException e) {
            throw new ManifestException(path + " is not valid " + format + " (line "
                    + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                            ? j.getLocation().getLineNr() : 0) + ")", e);
        }
    }

    /** Text of a field, or null. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
