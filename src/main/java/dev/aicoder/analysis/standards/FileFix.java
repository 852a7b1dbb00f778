package dev.aicoder.analysis.standards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import dev.aicoder.analysis.standards.fix.LineDiff;
import dev.aicoder.analysis.standards.fix.LineEdit;
import dev.aicoder.source.Language;

/**
 * The verified fixes of one file combined into one unified diff: fixes are taken smallest first and a fix whose
 * lines overlap one already taken is left out (it is still offered alone with its finding); the combined file
 * must parse, or no file fix is offered. Published by the standards analyzer as artifact {@link #KIND}.
 *
 * @param rules the rule ids of the fixes combined, in order, without repeats
 * @param fixes how many findings the diff fixes
 */
public record FileFix(String path, String diff, List<String> rules, int fixes) {

    public static final String KIND = "standards-fixes";

    /** The artifact: every file fix of a scan. */
    public record Files(List<FileFix> files) {
    }

    /** One verified fix as line edits of the original text. */
    record Part(String ruleId, List<LineEdit> edits) {

        int size() {
            return edits.stream().mapToInt(e -> Math.max(e.end() - e.begin(), e.lines().size())).sum();
        }
    }

    /** Whether {@code fixed} still parses as well as {@code original} did (for whoever applies a fix). */
    public static boolean parses(Language language, String original, String fixed) {
        return FixVerifier.parses(language, original, fixed);
    }

    static Optional<FileFix> combine(String path, Language language, String content, List<Part> parts) {
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        List<Part> bySize = new ArrayList<>(parts);
        bySize.sort(Comparator.comparingInt(Part::size));
        List<LineEdit> taken = new ArrayList<>();
        LinkedHashSet<String> rules = new LinkedHashSet<>();
        int fixes = 0;
        for (Part p : bySize) {
            if (p.edits().isEmpty() || p.edits().stream().anyMatch(e -> taken.stream().anyMatch(e::overlaps))) {
                continue;
            }
            taken.addAll(p.edits());
            rules.add(p.ruleId());
            fixes++;
        }
        if (fixes == 0) {
            return Optional.empty();
        }
        String fixed = LineDiff.apply(content, taken);
        if (!FixVerifier.parses(language, content, fixed) || !TokenGuard.keepsCode(content, fixed, rules)) {
            return Optional.empty();
        }
        return Optional.of(new FileFix(path, LineDiff.unified(path, content, fixed), List.copyOf(rules), fixes));
    }
}
