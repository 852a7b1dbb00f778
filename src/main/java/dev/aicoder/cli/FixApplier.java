package dev.aicoder.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.standards.FileFix;
import dev.aicoder.analysis.standards.fix.UnifiedDiff;
import dev.aicoder.scan.ScanJson;
import dev.aicoder.scan.ScanResult;
import dev.aicoder.source.Language;
import dev.aicoder.source.LanguageDetector;

/**
 * Applies one scan's verified fixes to the scanned folder: per file the combined diff when there is one, else the
 * first finding's diff that applies. A diff is applied strictly (the file must not have changed since the scan)
 * and the result must still parse, or the file is left alone. The caller rescans and calls again until nothing
 * applies, since fixes left out of a combined diff apply cleanly only after it.
 */
final class FixApplier {

    /** What one round changed: files written and findings fixed. */
    record Round(int files, int fixes) {
    }

    private FixApplier() {
    }

    static Round apply(Path root, ScanResult result) {
        Map<String, FileFix> combined = new LinkedHashMap<>();
        for (JsonNode node : result.artifacts().getOrDefault(FileFix.KIND, List.of())) {
            ScanJson.mapper().convertValue(node, FileFix.Files.class).files().forEach(f -> combined.put(f.path(), f));
        }
        Map<String, List<Finding>> single = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            if (f.fix() != null && f.fix().diff() != null && !f.fix().diff().isEmpty() && !f.suppressed()) {
                single.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
            }
        }
        Set<String> paths = new HashSet<>(combined.keySet());
        paths.addAll(single.keySet());
        int files = 0;
        int fixes = 0;
        for (String path : paths.stream().sorted().toList()) {
            Path file = root.resolve(path).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                continue;
            }
            String text = read(file);
            Language language = LanguageDetector.byName(path).orElse(null);
            List<Candidate> candidates = new ArrayList<>();
            if (combined.containsKey(path)) {
                candidates.add(new Candidate(combined.get(path).diff(), combined.get(path).fixes()));
            }
            single.getOrDefault(path, List.of()).forEach(f -> candidates.add(new Candidate(f.fix().diff(), 1)));
            for (Candidate c : candidates) {
                String fixed;
                try {
                    fixed = UnifiedDiff.apply(text, c.diff());
                } catch (UnifiedDiff.PatchException e) {
                    continue;
                }
                if (fixed.equals(text) || (language != null && !FileFix.parses(language, text, fixed))) {
                    continue;
                }
                write(file, fixed);
                files++;
                fixes += c.fixes();
                break;
            }
        }
        return new Round(files, fixes);
    }

    private record Candidate(String diff, int fixes) {
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AicoderCli.UsageException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AicoderCli.UsageException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
