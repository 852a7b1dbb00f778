package dev.aicoder.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/** Temporary folders of intake: created below a work folder, deleted without following links. */
public final class Folders {

    private Folders() {
    }

    /** A new, empty, owner-only folder below {@code parent}. */
    public static Path newTemp(Path parent, String prefix) {
        try {
            Files.createDirectories(parent);
            Path dir = parent.resolve(prefix + "-" + UUID.randomUUID());
            Files.createDirectory(dir);
            dir.toFile().setReadable(false, false);
            dir.toFile().setReadable(true, true);
            return dir;
        } catch (IOException e) {
            throw new IntakeException("workspace-unavailable", "Cannot create a work folder", e);
        }
    }

    /** Deletes {@code dir} and everything below it; links are deleted, never followed. Errors are ignored. */
    public static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: a leftover temp folder is harmless and removed with the work folder
        }
    }
}
