package dev.aicoder.analysis.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dev.aicoder.source.Language;
import dev.aicoder.source.SourceFile;
import dev.aicoder.source.Workspace;

/** A test workspace over a folder: every regular file outside {@code .git}, language TEXT. */
public record DirectoryWorkspace(Path root) implements Workspace {

    @Override
    public List<SourceFile> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> !root.relativize(p).startsWith(".git"))
                    .map(p -> new SourceFile(root.relativize(p).toString().replace('\\', '/'), Language.TEXT,
                            p.toFile().length(), ""))
                    .sorted(java.util.Comparator.comparing(SourceFile::path)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String read(SourceFile file) {
        try {
            return Files.readString(root.resolve(file.path()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<SourceFile> file(String path) {
        return files().stream().filter(f -> f.path().equals(path)).findFirst();
    }

    @Override
    public Map<String, Integer> skipped() {
        return Map.of();
    }

    /** Writes a file below the root, creating folders. */
    public Path write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
