package dev.aicoder.analysis.architecture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.source.Language;
import dev.aicoder.source.SourceFile;
import dev.aicoder.source.Workspace;

/** An in-memory workspace and a recording context for architecture tests. */
final class JavaProject implements Workspace, AnalysisContext {

    private final Map<String, String> contents = new LinkedHashMap<>();
    private final List<SourceFile> files = new ArrayList<>();
    private final ScanOptions options;
    final Map<String, Object> published = new LinkedHashMap<>();

    JavaProject() {
        this(ScanOptions.defaults());
    }

    JavaProject(ScanOptions options) {
        this.options = options;
    }

    JavaProject add(String path, String content) {
        Language language = path.endsWith(".java") ? Language.JAVA : path.endsWith(".py") ? Language.PYTHON
                : path.endsWith(".go") ? Language.GO : path.endsWith(".cs") ? Language.CSHARP
                        : path.endsWith(".kt") ? Language.KOTLIN : path.endsWith(".ts") ? Language.TYPESCRIPT
                                : Language.JAVASCRIPT;
        contents.put(path, content);
        files.add(new SourceFile(path, language, content.length(), Integer.toHexString(content.hashCode())));
        return this;
    }

    ArchitectureReport report() {
        return (ArchitectureReport) published.get(ArchitectureReport.KIND);
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

    @Override
    public ScanOptions options() {
        return options;
    }

    @Override
    public <T> T cached(SourceFile file, String key, Supplier<T> compute) {
        return compute.get();
    }

    @Override
    public synchronized void publish(String kind, Object artifact) {
        published.put(kind, artifact);
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
