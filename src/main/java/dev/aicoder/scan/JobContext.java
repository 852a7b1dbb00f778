package dev.aicoder.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.source.SourceFile;

/**
 * The {@link AnalysisContext} of one job (one file, or one workspace analyzer): a memo shared by the analyzers of
 * the job and closed with it (parsed trees hold native memory), published artifacts turned into JSON at once, and
 * cancellation from the scan or the job's own time budget.
 */
final class JobContext implements AnalysisContext, AutoCloseable {

    private final ScanOptions options;
    private final ObjectMapper mapper;
    private final BooleanSupplier scanCancelled;
    private final Map<String, Object> memo = new ConcurrentHashMap<>();
    private final List<Artifact> published = new ArrayList<>();
    private volatile boolean expired;

    JobContext(ScanOptions options, ObjectMapper mapper, BooleanSupplier scanCancelled) {
        this.options = options;
        this.mapper = mapper;
        this.scanCancelled = scanCancelled;
    }

    /** An artifact as stored: its kind and JSON. */
    record Artifact(String kind, JsonNode content) {
    }

    @Override
    public ScanOptions options() {
        return options;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T cached(SourceFile file, String key, Supplier<T> compute) {
        String k = file.path() + '\0' + key;
        Object value = memo.get(k);
        if (value == null) {
            value = compute.get();
            Object raced = memo.putIfAbsent(k, value);
            if (raced != null) {
                closeQuietly(value);
                value = raced;
            }
        }
        return (T) value;
    }

    @Override
    public void publish(String kind, Object artifact) {
        JsonNode json = mapper.valueToTree(artifact);
        synchronized (published) {
            published.add(new Artifact(kind, json));
        }
    }

    @Override
    public boolean cancelled() {
        return expired || scanCancelled.getAsBoolean() || Thread.currentThread().isInterrupted();
    }

    void expire() {
        expired = true;
    }

    List<Artifact> published() {
        synchronized (published) {
            return List.copyOf(published);
        }
    }

    @Override
    public void close() {
        memo.values().forEach(JobContext::closeQuietly);
        memo.clear();
    }

    private static void closeQuietly(Object value) {
        if (value instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                // a tree that fails to close leaks a little native memory; nothing else to do
            }
        }
    }
}
