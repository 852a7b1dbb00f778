package dev.aicoder.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.scan.report.SarifReport;

/**
 * A baseline: fingerprints of accepted findings, which later scans mark as suppressed ({@code baseline}) instead
 * of reporting. Read from a JSON report of ours ({@code findings[].fingerprint}), a SARIF report of ours
 * ({@code partialFingerprints}) or a plain {@code {"fingerprints": [...]}} file.
 */
public final class Baseline {

    private Baseline() {
    }

    /** The fingerprints in {@code file}; {@link IllegalArgumentException} with one readable line when unusable. */
    public static Set<String> read(Path file) {
        JsonNode root;
        try {
            root = ScanJson.mapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read baseline " + file + ": " + e.getMessage());
        }
        Set<String> out = new HashSet<>();
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("baseline " + file + " is not a JSON object");
        }
        root.path("findings").forEach(f -> add(out, f.path("fingerprint")));
        root.path("fingerprints").forEach(f -> add(out, f.isObject() ? f.path("fingerprint") : f));
        root.path("runs").forEach(run -> run.path("results")
                .forEach(r -> add(out, r.path("partialFingerprints").path(SarifReport.FINGERPRINT_KEY))));
        if (out.isEmpty() && !root.has("findings") && !root.has("fingerprints") && !root.has("runs")) {
            throw new IllegalArgumentException("baseline " + file
                    + " has no findings, fingerprints or runs; use a JSON or SARIF report of an earlier scan");
        }
        return out;
    }

    private static void add(Set<String> out, JsonNode value) {
        if (value.isTextual() && !value.asText().isBlank()) {
            out.add(value.asText());
        }
    }
}
