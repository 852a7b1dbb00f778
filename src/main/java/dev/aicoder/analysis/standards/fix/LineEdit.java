package dev.aicoder.analysis.standards.fix;

import java.util.List;

/**
 * Lines {@code [begin, end)} of a text (0-based) replaced by {@code lines}, each with its line terminator.
 * An insertion has {@code begin == end}.
 */
public record LineEdit(int begin, int end, List<String> lines) {

    public LineEdit {
        lines = List.copyOf(lines);
    }

    /** True when the two edits touch a common line, or insert at the same place. */
    public boolean overlaps(LineEdit o) {
        if (begin == end || o.begin == o.end) {
            return begin <= o.end && o.begin <= end;
        }
        return begin < o.end && o.begin < end;
    }
}
