package dev.aicoder.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link Workspace} over a folder on disk, built by {@link WorkspaceBuilder}. Reading never follows a symbolic
 * link and never leaves the root, even if the folder changed since it was walked.
 */
public final class DirectoryWorkspace implements Workspace {

    private final Path root;
    private final Map<String, SourceFile> files;
    private final Map<String, Integer> lines;
    private final Map<String, Integer> skipped;
    private final Runnable cleanup;

    DirectoryWorkspace(Path root, Collection<SourceFile> files, Map<String, Integer> lines,
            Map<String, Integer> skipped, Runnable cleanup) {
        this.root = root;
        Map<String, SourceFile> byPath = new TreeMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        this.files = byPath;
        this.lines = Map.copyOf(lines);
        this.skipped = Map.copyOf(new LinkedHashMap<>(skipped));
        this.cleanup = cleanup;
    }

    /** A workspace of files already known (e.g. one snippet written to a folder), with their line counts read lazily. */
    public static DirectoryWorkspace of(Path root, List<SourceFile> files, Runnable cleanup) {
        return new DirectoryWorkspace(root, files, Map.of(), Map.of(), cleanup);
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public List<SourceFile> files() {
        return List.copyOf(files.values());
    }

    @Override
    public String read(SourceFile file) {
        String text = new String(bytes(file), StandardCharsets.UTF_8);
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** The file's raw bytes. */
    public byte[] bytes(SourceFile file) {
        Path path = resolve(file.path());
        try {
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("not a regular file");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path(), e);
        }
    }

    @Override
    public Optional<SourceFile> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    @Override
    public Map<String, Integer> skipped() {
        return skipped;
    }

    @Override
    public int lines(SourceFile file) {
        Integer n = lines.get(file.path());
        return n != null ? n : Workspace.super.lines(file);
    }

    /** A workspace holding only {@code paths} (others counted as {@code unchanged}), for diff-scoped scans. */
    public DirectoryWorkspace restrictTo(Collection<String> paths) {
        java.util.Set<String> wanted = new java.util.HashSet<>(paths);
        List<SourceFile> kept = files.values().stream().filter(f -> wanted.contains(f.path())).toList();
        Map<String, Integer> skips = new LinkedHashMap<>(skipped);
        int dropped = files.size() - kept.size();
        if (dropped > 0) {
            skips.merge(SkipReason.UNCHANGED, dropped, Integer::sum);
        }
        return new DirectoryWorkspace(root, kept, lines, skips, cleanup);
    }

    /** Deletes the folder when the workspace owns it (extracted archive, clone); a no-op for a server folder. */
    public void close() {
        cleanup.run();
    }

    private Path resolve(String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root) || relative.contains("\\")) {
            throw new IllegalArgumentException("path outside the workspace: " + relative);
        }
        return path;
    }
}
