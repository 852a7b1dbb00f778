package dev.aicoder.analysis.syntax;

import java.util.List;
import java.util.Optional;

/**
 * One match of a query: which pattern matched (0-based, in source order), where that pattern starts in the query
 * source (UTF-8 byte offset, -1 when unknown) and what it captured.
 */
public record QueryMatch(int patternIndex, int patternStart, List<Capture> captures) {

    public QueryMatch {
        captures = List.copyOf(captures);
    }

    public QueryMatch(int patternIndex, List<Capture> captures) {
        this(patternIndex, -1, captures);
    }

    /** The first capture with that name. */
    public Optional<Capture> capture(String name) {
        for (Capture c : captures) {
            if (c.name().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The capture spanning the most text: what a match is "about" when it has no {@code @match} capture. */
    public Optional<Capture> widest() {
        Capture best = null;
        for (Capture c : captures) {
            if (best == null || c.endByte() - c.startByte() > best.endByte() - best.startByte()) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }
}
