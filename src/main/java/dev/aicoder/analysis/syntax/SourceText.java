package dev.aicoder.analysis.syntax;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A file's text with its UTF-8 encoding: tree-sitter positions are UTF-8 byte offsets, findings use lines and
 * character columns. Converts between the two; for pure-ASCII text (the common case) offsets are equal.
 */
public final class SourceText {

    private final String text;
    private final byte[] utf8;
    private final boolean ascii;
    private volatile int[] lineStarts;
    private volatile int[] byteToChar;

    public SourceText(String text) {
        this.text = text;
        this.utf8 = text.getBytes(StandardCharsets.UTF_8);
        this.ascii = utf8.length == text.length();
    }

    public String text() {
        return text;
    }

    /** The UTF-8 bytes; do not modify. */
    byte[] utf8() {
        return utf8;
    }

    /** The character offset of a UTF-8 byte offset. */
    public int charOffset(int byteOffset) {
        if (ascii) {
            return Math.min(byteOffset, text.length());
        }
        int[] map = byteToChar();
        return map[Math.max(0, Math.min(byteOffset, map.length - 1))];
    }

    /** The text between two UTF-8 byte offsets. */
    public String slice(int startByte, int endByte) {
        return text.substring(charOffset(startByte), charOffset(endByte));
    }

    /** 1-based line of a character offset. */
    public int lineOf(int charOffset) {
        int i = Arrays.binarySearch(lineStarts(), charOffset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column (in characters) of a character offset. */
    public int columnOf(int charOffset) {
        return charOffset - lineStarts()[lineOf(charOffset) - 1] + 1;
    }

    /** Number of lines (a final line without newline counts; an empty text has 0 lines). */
    public int lineCount() {
        int[] starts = lineStarts();
        return text.isEmpty() ? 0 : text.endsWith("\n") ? starts.length - 1 : starts.length;
    }

    /** The text of a 1-based line, without its line terminator. */
    public String line(int line) {
        int[] starts = lineStarts();
        if (line < 1 || line > starts.length) {
            return "";
        }
        int end = line < starts.length ? starts[line] - 1 : text.length();
        if (end > starts[line - 1] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(starts[line - 1], Math.max(starts[line - 1], end));
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            int[] starts = new int[count];
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[n++] = i + 1;
                }
            }
            lineStarts = starts;
        }
        return lineStarts;
    }

    private int[] byteToChar() {
        if (byteToChar == null) {
            int[] map = new int[utf8.length + 1];
            int b = 0;
            for (int c = 0; c < text.length(); c++) {
                int cp = text.codePointAt(c);
                int len;
                if (cp >= 0x10000) {
                    len = 4;
                } else if (Character.isSurrogate(text.charAt(c))) {
                    len = 1; // a lone surrogate is encoded as '?'
                } else {
                    len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
                }
                for (int k = 0; k < len && b < map.length; k++) {
                    map[b++] = c;
                }
                if (cp >= 0x10000) {
                    c++;
                }
            }
            while (b < map.length) {
                map[b++] = text.length();
            }
            byteToChar = map;
        }
        return byteToChar;
    }
}
