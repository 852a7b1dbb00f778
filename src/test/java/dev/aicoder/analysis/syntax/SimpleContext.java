package dev.aicoder.analysis.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.source.SourceFile;

/** A plain {@link AnalysisContext} for analyzer tests: memo per file and key, published artifacts kept in a list. */
public final class SimpleContext implements AnalysisContext, AutoCloseable {

    private final ScanOptions options;
    private final Map<String, Object> memo = new ConcurrentHashMap<>();
    public final List<Object[]> published = new ArrayList<>();
    public final List<String> computed = new ArrayList<>();
    public volatile boolean cancelled;

    public SimpleContext() {
        this(ScanOptions.defaults());
    }

    public SimpleContext(ScanOptions options) {
        this.options = options;
    }

    @Override
    public ScanOptions options() {
        return options;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T cached(SourceFile file, String key, Supplier<T> compute) {
        return (T) memo.computeIfAbsent(file.path() + "\0" + key, k -> {
            synchronized (computed) {
                computed.add(k);
            }
            return compute.get();
        });
    }

    @Override
    public synchronized void publish(String kind, Object artifact) {
        published.add(new Object[] { kind, artifact });
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public void close() throws Exception {
        for (Object v : memo.values()) {
            if (v instanceof AutoCloseable c) {
                c.close();
            }
        }
    }
}
