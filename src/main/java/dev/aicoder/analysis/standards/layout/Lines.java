package dev.aicoder.analysis.standards.layout;

import java.util.ArrayList;
import java.util.List;

/** Small helpers over lines that keep their terminators (see {@code LineDiff.lines}). */
public final class Lines {

    private Lines() {
    }

    /** The line without its terminator. */
    public static String body(String line) {
        return line.substring(0, line.length() - terminator(line).length());
    }

    public static String terminator(String line) {
        return line.endsWith("\r\n") ? "\r\n" : line.endsWith("\n") ? "\n" : "";
    }

    /** Leading spaces and tabs. */
    public static String indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }

    /** The whole text with line {@code index} replaced by {@code replacement} (which carries its terminator). */
    public static String replace(List<String> lines, int index, String replacement) {
        List<String> copy = new ArrayList<>(lines);
        copy.set(index, replacement);
        return String.join("", copy);
    }
}
