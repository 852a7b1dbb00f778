package dev.aicoder.analysis;

import java.util.function.Supplier;

import dev.aicoder.source.SourceFile;

/** What an analyzer may ask of the running scan. */
public interface AnalysisContext {

    ScanOptions options();

    /**
     * A per-scan, per-file memo (parsed trees, token streams) so that several analyzers parse a file once.
     * {@code key} names the kind of value, e.g. {@code "tree-sitter"} or {@code "javaparser"}.
     */
    <T> T cached(SourceFile file, String key, Supplier<T> compute);

    /**
     * Hands a structured result that is not a finding (dependency graph, metrics, SBOM) to the scan, which stores
     * it as JSON under {@code kind} next to the findings, for endpoints such as {@code /scans/{id}/architecture}.
     */
    void publish(String kind, Object artifact);

    /** True once the scan was cancelled or the file's time budget ran out; stop early and return what you have. */
    boolean cancelled();
}
