package dev.aicoder.analysis.standards.java;

/** Converts JavaParser positions (1-based line and column, a tab counting as one column) to string offsets. */
final class SourceOffsets {

    private SourceOffsets() {
    }

    /** The offset of {@code line:column}, or -1 when the text has no such position. */
    static int offset(String text, int line, int column) {
        int current = 1;
        int i = 0;
        while (current < line) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) {
                return -1;
            }
            i = nl + 1;
            current++;
        }
        int offset = i + column - 1;
        return offset <= text.length() ? offset : -1;
    }
}
