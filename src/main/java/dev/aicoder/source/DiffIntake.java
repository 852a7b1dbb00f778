package dev.aicoder.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A unified diff without the rest of the repository → a workspace of the new side of each changed file: lines
 * the diff shows (added and context) at their real line numbers, blank lines elsewhere, so that findings point at
 * the right lines of the real file. Analyzers see partial files; tree-sitter tolerates that.
 */
public final class DiffIntake {

    private final WorkspaceBuilder builder;
    private final Path workDir;

    public DiffIntake(WorkspaceBuilder builder, Path workDir) {
        this.builder = builder;
        this.workDir = workDir;
    }

    public DirectoryWorkspace open(ChangeSet changes) {
        Path dir = Folders.newTemp(workDir, "diff");
        try {
            for (ChangeSet.FileChange file : changes.files()) {
                write(dir, file);
            }
            return builder.build(dir, () -> Folders.deleteQuietly(dir), Map.of());
        } catch (RuntimeException e) {
            Folders.deleteQuietly(dir);
            throw e;
        }
    }

    private static void write(Path dir, ChangeSet.FileChange file) {
        if (file.newLines().isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        int last = file.newLines().lastKey();
        for (int line = 1; line <= last; line++) {
            text.append(file.newLines().getOrDefault(line, "")).append('\n');
        }
        Path target = dir.resolve(file.path()).normalize();
        if (!target.startsWith(dir)) {
            throw new IntakeException("invalid-diff", "The diff names a file outside the repository");
        }
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
