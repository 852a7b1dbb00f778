package dev.aicoder.scan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the analyzer factories of {@link AnalyzerCatalog} may need at construction, in plain Java: the number of
 * threads an analyzer may use on its own (PMD), and typed parts supplied by whoever runs the scan (the server
 * from CDI beans, e.g. an advisory index backed by PostgreSQL; the CLI from files), looked up by class.
 */
public final class AnalyzerSetup {

    private final int threads;
    private final Map<Class<?>, Object> parts;

    private AnalyzerSetup(int threads, Map<Class<?>, Object> parts) {
        this.threads = threads;
        this.parts = parts;
    }

    public static AnalyzerSetup of(int threads) {
        return new AnalyzerSetup(threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads, Map.of());
    }

    /** A copy that also holds {@code part}, found later by {@code part(part.getClass())}. */
    public AnalyzerSetup with(Object part) {
        Map<Class<?>, Object> copy = new LinkedHashMap<>(parts);
        copy.put(part.getClass(), part);
        return new AnalyzerSetup(threads, Map.copyOf(copy));
    }

    /** A copy that also holds {@code part} under {@code type} (an interface the factories look up). */
    public <T> AnalyzerSetup with(Class<T> type, T part) {
        Map<Class<?>, Object> copy = new LinkedHashMap<>(parts);
        copy.put(type, type.cast(part));
        return new AnalyzerSetup(threads, Map.copyOf(copy));
    }

    public int threads() {
        return threads;
    }

    public <T> Optional<T> part(Class<T> type) {
        return Optional.ofNullable(parts.get(type)).map(type::cast);
    }
}
