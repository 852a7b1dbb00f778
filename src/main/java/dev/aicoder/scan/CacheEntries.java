package dev.aicoder.scan;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;

/** What the engine stores in its {@link ResultCache}, as JSON. */
final class CacheEntries {

    private CacheEntries() {
    }

    /** The results of a file's cacheable analyzers, its suppression comments, artifacts and rules. */
    record FileEntry(List<Finding> findings, List<InlineSuppressions.Directive> directives,
            List<JobContext.Artifact> artifacts, List<RuleDescriptor> rules) {
    }

    /** The results of one workspace-wide analyzer over one tree. */
    record WorkspaceEntry(List<Finding> findings, List<JobContext.Artifact> artifacts, List<RuleDescriptor> rules) {
    }

    /** The analyzers a catalog built last time, so that a fully cached rescan need not build them again. */
    record Catalog(List<String> workspaceAnalyzers, boolean workspaceCacheable, boolean liveFileAnalyzers) {
    }

    static byte[] write(Object entry) {
        try {
            return ScanJson.mapper().writeValueAsBytes(entry);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a cache entry", e);
        }
    }

    static <T> Optional<T> read(ResultCache cache, String key, Class<T> type) {
        return cache.get(key).flatMap(bytes -> {
            try {
                return Optional.of(ScanJson.mapper().readValue(bytes, type));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }
}
