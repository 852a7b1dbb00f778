package dev.aicoder.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.jgit.diff.DiffEntry.ChangeType;
import org.eclipse.jgit.patch.FileHeader;
import org.eclipse.jgit.patch.HunkHeader;
import org.eclipse.jgit.patch.Patch;

/**
 * What a pull request changed: per file (new path) the new-side lines it added or touched, parsed from a unified
 * diff with JGit's patch parser, or just a list of paths (all lines count as changed). Deleted files are left out.
 */
public final class ChangeSet {

    private final Map<String, FileChange> files;

    private ChangeSet(Map<String, FileChange> files) {
        this.files = files;
    }

    /** One changed file: its new-side text by line number (context and added lines) and the added line numbers. */
    public record FileChange(String path, TreeMap<Integer, String> newLines, Set<Integer> added, boolean wholeFile) {
    }

    public static ChangeSet ofPaths(Collection<String> paths) {
        Map<String, FileChange> out = new LinkedHashMap<>();
        for (String p : paths) {
            String safe = ArchivePaths.safe(p, 256);
            if (!safe.isEmpty()) {
                out.put(safe, new FileChange(safe, new TreeMap<>(), Set.of(), true));
            }
        }
        return new ChangeSet(out);
    }

    /** Parses a unified diff ({@code git diff} or {@code diff -u} output); throws {@code invalid-diff}. */
    public static ChangeSet parse(byte[] diff) {
        Patch patch = new Patch();
        try {
            patch.parse(new ByteArrayInputStream(diff));
        } catch (IOException e) {
            throw new IntakeException("invalid-diff", "The diff could not be read");
        }
        Map<String, FileChange> out = new LinkedHashMap<>();
        for (FileHeader file : patch.getFiles()) {
            if (file.getChangeType() == ChangeType.DELETE || file.getPatchType() != FileHeader.PatchType.UNIFIED) {
                continue;
            }
            String path = ArchivePaths.safe(file.getNewPath(), 256);
            TreeMap<Integer, String> lines = new TreeMap<>();
            Set<Integer> added = new java.util.TreeSet<>();
            for (HunkHeader hunk : file.getHunks()) {
                readHunk(hunk, lines, added);
            }
            out.put(path, new FileChange(path, lines, Set.copyOf(added), false));
        }
        if (out.isEmpty()) {
            throw new IntakeException("invalid-diff", patch.getErrors().isEmpty()
                    ? "The diff changes no text file" : "The diff is not a unified diff");
        }
        return new ChangeSet(out);
    }

    private static void readHunk(HunkHeader hunk, TreeMap<Integer, String> lines, Set<Integer> added) {
        String text = new String(hunk.getBuffer(), hunk.getStartOffset(), hunk.getEndOffset() - hunk.getStartOffset(),
                StandardCharsets.UTF_8);
        String[] rows = text.split("\n", -1);
        int line = hunk.getNewStartLine();
        for (int i = 1; i < rows.length; i++) {
            String row = rows[i];
            if (row.isEmpty() && i == rows.length - 1) {
                break;
            }
            char kind = row.isEmpty() ? ' ' : row.charAt(0);
            String body = row.isEmpty() ? "" : row.substring(1);
            if (kind == '+') {
                lines.put(line, body);
                added.add(line++);
            } else if (kind == ' ') {
                lines.put(line++, body);
            }
        }
    }

    public Collection<FileChange> files() {
        return files.values();
    }

    public Set<String> paths() {
        return files.keySet();
    }

    /** Whether a finding at {@code line} of {@code path} lies on a changed line (any line of a listed file). */
    public boolean touches(String path, int line) {
        FileChange f = files.get(path);
        return f != null && (f.wholeFile() || line <= 0 || f.added().contains(line));
    }

    /** Added line numbers per file (empty list for a whole file), for storing with a scan. */
    public Map<String, List<Integer>> addedLines() {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        files.forEach((p, f) -> out.put(p, new ArrayList<>(f.added())));
        return out;
    }
}
