package dev.aicoder.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HexFormat;

/**
 * Walks a folder into a {@link DirectoryWorkspace}: honours {@code .gitignore} and {@code .aicoderignore}, never
 * follows symbolic links, leaves out vendored, generated, minified, binary and huge files (counted by
 * {@link SkipReason}), detects each file's language and hashes its content.
 */
public final class WorkspaceBuilder {

    private final WorkspaceLimits limits;
    private final FileTriage triage;

    public WorkspaceBuilder(WorkspaceLimits limits) {
        this.limits = limits;
        this.triage = new FileTriage(limits);
    }

    public WorkspaceBuilder() {
        this(WorkspaceLimits.defaults());
    }

    /** A workspace over {@code folder}, which stays where it is (nothing is copied or deleted). */
    public DirectoryWorkspace build(Path folder) {
        return build(folder, () -> {
        });
    }

    /** A workspace over {@code folder}; {@code cleanup} runs on {@link DirectoryWorkspace#close()}. */
    public DirectoryWorkspace build(Path folder, Runnable cleanup) {
        return build(folder, cleanup, Map.of());
    }

    /** As {@link #build(Path, Runnable)}, adding skips counted before the walk (e.g. links in an archive). */
    public DirectoryWorkspace build(Path folder, Runnable cleanup, Map<String, Integer> skippedBefore) {
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + folder, e);
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(folder + " is not a folder");
        }
        Walk walk = new Walk(root);
        skippedBefore.forEach((reason, n) -> walk.skipped.merge(reason, n, Integer::sum));
        try {
            Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE, walk);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + folder, e);
        }
        return new DirectoryWorkspace(root, walk.files, walk.lines, walk.skipped, cleanup);
    }

    private final class Walk implements FileVisitor<Path> {
        final Path root;
        final IgnoreRules ignores;
        final List<SourceFile> files = new ArrayList<>();
        final Map<String, Integer> lines = new HashMap<>();
        final Map<String, Integer> skipped = new LinkedHashMap<>();
        final MessageDigest sha = sha256();

        Walk(Path root) {
            this.root = root;
            this.ignores = new IgnoreRules(root);
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            String rel = relative(dir);
            if (!rel.isEmpty()) {
                String name = dir.getFileName().toString();
                if (FileTriage.silent(name)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Optional<String> reason = ignores.ignored(rel, true) ? Optional.of(SkipReason.IGNORED)
                        : triage.folder(name);
                if (reason.isEmpty() && root.relativize(dir).getNameCount() > limits.maxDepth()) {
                    reason = Optional.of(SkipReason.TOO_DEEP);
                }
                if (reason.isPresent()) {
                    skip(reason.get());
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }
            ignores.enter(dir, rel);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String rel = relative(file);
            if (attrs.isSymbolicLink()) {
                skip(SkipReason.SYMLINK);
            } else if (!attrs.isRegularFile()) {
                skip(SkipReason.UNSUPPORTED);
            } else if (ignores.ignored(rel, false)) {
                skip(SkipReason.IGNORED);
            } else if (files.size() >= limits.maxFiles()) {
                skip(SkipReason.TOO_MANY_FILES);
            } else {
                Optional<String> reason = triage.byName(rel, attrs.size());
                if (reason.isPresent()) {
                    skip(reason.get());
                } else {
                    read(file, rel);
                }
            }
            return FileVisitResult.CONTINUE;
        }

        private void read(Path file, String rel) {
            byte[] bytes;
            try {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    skip(SkipReason.SYMLINK);
                    return;
                }
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                skip(SkipReason.UNREADABLE);
                return;
            }
            if (bytes.length > triage.maxBytes(rel.toLowerCase(java.util.Locale.ROOT))) {
                skip(SkipReason.TOO_LARGE);
                return;
            }
            FileTriage.Verdict verdict = triage.byContent(rel, bytes);
            if (verdict.skip() != null) {
                skip(verdict.skip());
                return;
            }
            String hash = HexFormat.of().formatHex(sha.digest(bytes));
            files.add(new SourceFile(rel, verdict.language(), bytes.length, hash));
            lines.put(rel, SourceLines.count(bytes));
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
            skip(SkipReason.UNREADABLE);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
            ignores.leave();
            return FileVisitResult.CONTINUE;
        }

        private void skip(String reason) {
            skipped.merge(reason, 1, Integer::sum);
        }

        private String relative(Path path) {
            return root.relativize(path).toString().replace('\\', '/');
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
