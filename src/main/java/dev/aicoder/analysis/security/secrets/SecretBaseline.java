package dev.aicoder.analysis.security.secrets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.aicoder.analysis.Finding;

/**
 * Secrets that were reviewed and accepted (or are being rotated): findings whose rule and
 * {@link Masking#secretHash secret hash} are listed are reported as suppressed with source {@code baseline}.
 * The file holds hashes only, never values, so it can be committed.
 */
public final class SecretBaseline {

    public static final SecretBaseline EMPTY = new SecretBaseline(List.of());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<Entry> entries;
    private final Set<String> keys;

    public SecretBaseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.keys = entries.stream().map(e -> e.ruleId + "#" + e.hash).collect(Collectors.toUnmodifiableSet());
    }

    /** One accepted secret: where it was seen (for people) and its rule and hash (for matching). */
    public record Entry(@JsonProperty("rule_id") String ruleId, @JsonProperty("path") String path,
            @JsonProperty("hash") String hash) {
    }

    record File(@JsonProperty("version") int version, @JsonProperty("secrets") List<Entry> secrets) {
    }

    public static SecretBaseline read(Path file) throws IOException {
        File f = JSON.readValue(Files.readAllBytes(file), File.class);
        return new SecretBaseline(f.secrets() == null ? List.of() : f.secrets());
    }

    /** A baseline accepting every secret finding given (e.g. the findings of a first scan). */
    public static SecretBaseline of(Collection<Finding> findings) {
        return new SecretBaseline(findings.stream().filter(f -> f.properties().containsKey(SecretFindings.HASH))
                .map(f -> new Entry(f.ruleId(), f.path(), f.properties().get(SecretFindings.HASH))).distinct()
                .sorted(Comparator.comparing(Entry::path).thenComparing(Entry::ruleId)).toList());
    }

    public void write(Path file) throws IOException {
        Files.write(file, JSON.writeValueAsBytes(new File(1, entries)));
    }

    public boolean contains(String ruleId, String hash) {
        return keys.contains(ruleId + "#" + hash);
    }

    public List<Entry> entries() {
        return entries;
    }
}
