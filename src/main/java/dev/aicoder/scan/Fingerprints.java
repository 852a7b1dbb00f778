package dev.aicoder.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.aicoder.analysis.Finding;

/**
 * Stable identities for findings: SHA-256 of the rule, the path and the finding's code with whitespace
 * normalised (not its line number), plus the occurrence among identical lines of the same rule in the file.
 * Moving code up or down keeps the fingerprint; changing the flagged code changes it. Findings without a line
 * use their normalised message instead of code.
 */
public final class Fingerprints {

    static final String VERSION = "v1";
    private static final int CONTEXT_LINES = 3;

    private Fingerprints() {
    }

    /** Fingerprints all findings of one file, in a stable order; {@code lines} is the file's text split by line. */
    public static List<Finding> assign(List<Finding> findings, String[] lines) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Findings.BY_LOCATION);
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            if (f.fingerprint() != null && !f.fingerprint().isBlank()) {
                out.add(f);
                continue;
            }
            String base = f.ruleId() + '\n' + f.path() + '\n' + context(f, lines);
            int occurrence = seen.merge(base, 1, Integer::sum);
            out.add(f.withFingerprint(hash(VERSION + '\n' + base + '\n' + occurrence)));
        }
        return out;
    }

    /** The normalised code the finding points at: up to three lines from its start, whitespace collapsed. */
    static String context(Finding f, String[] lines) {
        if (f.startLine() <= 0 || lines == null || f.startLine() > lines.length) {
            return normalise(f.message() == null ? f.title() : f.message());
        }
        int end = Math.min(Math.max(f.startLine(), f.endLine()), Math.min(lines.length, f.startLine() + CONTEXT_LINES - 1));
        StringBuilder sb = new StringBuilder();
        for (int i = f.startLine(); i <= end; i++) {
            sb.append(normalise(lines[i - 1])).append('\n');
        }
        return sb.toString();
    }

    static String normalise(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
