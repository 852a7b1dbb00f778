package dev.aicoder.analysis.standards.fix;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/** Line-level differences between two texts (JGit's histogram diff): edits, application, unified diffs. */
public final class LineDiff {

    private static final DiffAlgorithm ALGORITHM = DiffAlgorithm
            .getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);

    private LineDiff() {
    }

    /** The text split into lines, each keeping its terminator; the last may have none. */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** The edits that turn {@code before} into {@code after}. */
    public static List<LineEdit> between(String before, String after) {
        List<String> b = lines(after);
        List<LineEdit> out = new ArrayList<>();
        for (Edit e : edits(before, after)) {
            out.add(new LineEdit(e.getBeginA(), e.getEndA(), b.subList(e.getBeginB(), e.getEndB())));
        }
        return out;
    }

    /** Applies non-overlapping edits (in any order) to {@code text}. */
    public static String apply(String text, List<LineEdit> edits) {
        List<String> lines = new ArrayList<>(lines(text));
        List<LineEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(LineEdit::begin).thenComparingInt(LineEdit::end).reversed());
        for (LineEdit e : sorted) {
            if (e.end() > lines.size() || e.begin() > e.end()) {
                throw new IllegalArgumentException("edit " + e.begin() + ".." + e.end() + " outside the text");
            }
            lines.subList(e.begin(), e.end()).clear();
            lines.addAll(e.begin(), e.lines());
        }
        return String.join("", lines);
    }

    /** A unified diff ({@code --- a/path}, {@code +++ b/path}, hunks with 3 lines of context); empty if equal. */
    public static String unified(String path, String before, String after) {
        EditList edits = edits(before, after);
        if (edits.isEmpty()) {
            return "";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiffFormatter f = new DiffFormatter(out)) {
            f.setContext(3);
            f.format(edits, raw(before), raw(after));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "--- a/" + path + "\n+++ b/" + path + "\n" + out.toString(StandardCharsets.UTF_8);
    }

    private static EditList edits(String before, String after) {
        return ALGORITHM.diff(RawTextComparator.DEFAULT, raw(before), raw(after));
    }

    private static RawText raw(String s) {
        return new RawText(s.getBytes(StandardCharsets.UTF_8));
    }
}
