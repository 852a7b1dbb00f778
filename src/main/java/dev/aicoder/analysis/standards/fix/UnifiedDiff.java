package dev.aicoder.analysis.standards.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a unified diff for one file to its text, strictly: every context and removed line must match, or the
 * diff is refused (the file changed since it was scanned).
 */
public final class UnifiedDiff {

    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@.*");
    private static final String NO_NEWLINE = "\\ No newline at end of file";

    private UnifiedDiff() {
    }

    /** Thrown when a diff does not apply; the message says which line differs. */
    public static final class PatchException extends Exception {
        public PatchException(String message) {
            super(message);
        }
    }

    public static String apply(String text, String diff) throws PatchException {
        List<String> original = LineDiff.lines(text);
        List<String> out = new ArrayList<>();
        List<String> patch = LineDiff.lines(diff);
        int next = 0;
        int i = 0;
        while (i < patch.size() && !patch.get(i).startsWith("@@")) {
            i++;
        }
        while (i < patch.size()) {
            Matcher m = HUNK.matcher(strip(patch.get(i)));
            if (!m.matches()) {
                throw new PatchException("malformed hunk header: " + strip(patch.get(i)));
            }
            int start = Integer.parseInt(m.group(1)) - (m.group(2) != null && m.group(2).equals("0") ? 0 : 1);
            if (start < next || start > original.size()) {
                throw new PatchException("hunk at line " + m.group(1) + " is out of order or past the end");
            }
            out.addAll(original.subList(next, start));
            next = start;
            for (i++; i < patch.size() && !patch.get(i).startsWith("@@"); i++) {
                String line = patch.get(i);
                if (strip(line).equals(NO_NEWLINE)) {
                    dropTerminator(out, line, patch, i);
                    continue;
                }
                char op = line.isEmpty() ? ' ' : line.charAt(0);
                String body = line.isEmpty() ? "" : line.substring(1);
                if (op == '+') {
                    out.add(body);
                    continue;
                }
                if (next >= original.size() || !sameLine(original.get(next), body, patch, i)) {
                    throw new PatchException("line " + (next + 1) + " does not match the diff: the file changed");
                }
                if (op == ' ') {
                    out.add(original.get(next));
                }
                next++;
            }
        }
        out.addAll(original.subList(next, original.size()));
        return String.join("", out);
    }

    /** Lines compare without their terminator when the diff marks a missing final newline. */
    private static boolean sameLine(String original, String body, List<String> patch, int i) {
        boolean lastWithoutNewline = i + 1 < patch.size() && strip(patch.get(i + 1)).equals(NO_NEWLINE);
        return lastWithoutNewline ? strip(original).equals(strip(body)) : original.equals(body);
    }

    private static void dropTerminator(List<String> out, String marker, List<String> patch, int i) {
        String previous = patch.get(i - 1);
        if (!out.isEmpty() && previous.startsWith("+")) {
            int last = out.size() - 1;
            out.set(last, strip(out.get(last)));
        }
    }

    private static String strip(String line) {
        if (line.endsWith("\r\n")) {
            return line.substring(0, line.length() - 2);
        }
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }
}
