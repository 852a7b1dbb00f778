package dev.aicoder.analysis.security.deps.osv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads OSV advisories offline: a folder of {@code .json} files (searched recursively), a zip archive of them
 * (as published per ecosystem by OSV), or one JSON document holding an advisory or an array of advisories. Bad
 * files are reported by name and skipped; the archive's size and entry count are bounded against zip bombs.
 */
public final class OsvFiles {

    /** Limits for one import. */
    public record Limits(long maxTotalBytes, long maxEntryBytes, int maxEntries) {
        public static Limits defaults() {
            return new Limits(2L << 30, 32L << 20, 1_000_000);
        }
    }

    /** An advisory with its original JSON (kept whole for storage). */
    public record Parsed(OsvAdvisory advisory, String json) {
    }

    /** What was read: advisories and, per bad file, its name and a short reason (never its content). */
    public record Result(List<Parsed> advisories, List<String> errors, int errorCount) {
        public InMemoryAdvisoryIndex index(String source) {
            return new InMemoryAdvisoryIndex(advisories.stream().map(Parsed::advisory).toList(), source);
        }
    }

    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,127}");
    private static final int MAX_REPORTED_ERRORS = 50;

    private final Limits limits;
    private final List<Parsed> advisories = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private int errorCount;

    private OsvFiles(Limits limits) {
        this.limits = limits;
    }

    /** A folder, a {@code .zip} or a single {@code .json} file. */
    public static Result read(Path path, Limits limits) throws IOException {
        OsvFiles reader = new OsvFiles(limits);
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f)).toList()) {
                    reader.document(path.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        } else if (path.toString().endsWith(".zip")) {
            try (InputStream in = Files.newInputStream(path)) {
                reader.zip(in);
            }
        } else {
            reader.document(path.getFileName().toString(), Files.readAllBytes(path));
        }
        return reader.result();
    }

    /** An uploaded body: a zip archive when it starts with the zip signature, otherwise JSON. */
    public static Result read(InputStream in, Limits limits) throws IOException {
        OsvFiles reader = new OsvFiles(limits);
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in);
        buffered.mark(4);
        byte[] head = buffered.readNBytes(4);
        buffered.reset();
        if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            reader.zip(buffered);
        } else {
            byte[] body = buffered.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxTotalBytes()) + 1);
            if (body.length > limits.maxTotalBytes()) {
                throw new IOException("the document is larger than " + limits.maxTotalBytes() + " bytes");
            }
            reader.document("body", body);
        }
        return reader.result();
    }

    private void zip(InputStream in) throws IOException {
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory() || !entry.getName().endsWith(".json")) {
                    continue;
                }
                if (++entries > limits.maxEntries()) {
                    throw new IOException("the archive has more than " + limits.maxEntries() + " JSON entries");
                }
                byte[] bytes = zip.readNBytes((int) limits.maxEntryBytes() + 1);
                if (bytes.length > limits.maxEntryBytes()) {
                    error(entry.getName(), "larger than " + limits.maxEntryBytes() + " bytes");
                    continue;
                }
                total += bytes.length;
                if (total > limits.maxTotalBytes()) {
                    throw new IOException("the archive expands to more than " + limits.maxTotalBytes() + " bytes");
                }
                document(entry.getName(), bytes);
            }
        } catch (java.util.zip.ZipException e) {
            throw new IOException("not a valid zip archive", e);
        }
    }

    private void document(String name, byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            error(name, "not valid JSON");
            return;
        }
        if (root != null && root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                advisory(name + "[" + i + "]", root.get(i));
            }
        } else if (root != null && root.isObject() && root.has("vulns") && root.get("vulns").isArray()) {
            root.get("vulns").forEach(v -> advisory(name, v)); // an OSV API /v1/query answer
        } else {
            advisory(name, root);
        }
    }

    private void advisory(String name, JsonNode node) {
        if (node == null || !node.isObject()) {
            error(name, "not a JSON object");
            return;
        }
        try {
            OsvAdvisory a = JSON.treeToValue(node, OsvAdvisory.class);
            if (a.id() == null || !ID.matcher(a.id()).matches()) {
                error(name, "missing or malformed \"id\"");
            } else if (a.modified() == null || a.modified().isBlank()) {
                error(name, "missing \"modified\"");
            } else {
                advisories.add(new Parsed(a, JSON.writeValueAsString(node)));
            }
        } catch (JsonProcessingException | IllegalArgumentException e) {
            error(name, "does not follow the OSV schema");
        }
    }

    private void error(String name, String reason) {
        errorCount++;
        if (errors.size() < MAX_REPORTED_ERRORS) {
            String safeName = name.length() > 200 ? name.substring(0, 200) + "…" : name;
            errors.add(safeName + ": " + reason);
        }
    }

    private Result result() {
        return new Result(List.copyOf(advisories), List.copyOf(errors), errorCount);
    }
}
