package dev.aicoder.analysis.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.source.SourceFile;

/** An analysis context for plain tests: given settings, no cache, and the published artifacts kept for asserts. */
public final class RecordingContext implements AnalysisContext {

    private final ScanOptions options;
    public final Map<String, Object> published = new LinkedHashMap<>();

    public RecordingContext(Map<String, String> settings) {
        this.options = new ScanOptions(null, null, null, settings);
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
    public void publish(String kind, Object artifact) {
        published.put(kind, artifact);
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
