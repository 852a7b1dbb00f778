package dev.aicoder.analysis.syntax;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.aicoder.source.Language;
import dev.aicoder.source.SourceFile;
import dev.aicoder.source.Workspace;

/** An in-memory workspace for analyzer tests. */
public final class MapWorkspace implements Workspace {

    private final Map<String, String> contents = new LinkedHashMap<>();
    private final List<SourceFile> files = new ArrayList<>();

    public MapWorkspace add(String path, Language language, String content) {
        contents.put(path, content);
        files.add(new SourceFile(path, language, content.length(), Integer.toHexString(content.hashCode())));
        return this;
    }

    @Override
    public Path root() {
        return Path.of(".");
    }

    @Override
    public List<SourceFile> files() {
        return files;
    }

    @Override
    public String read(SourceFile file) {
        return contents.get(file.path());
    }

    @Override
    public Optional<SourceFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    @Override
    public Map<String, Integer> skipped() {
        return Map.of();
    }
}
