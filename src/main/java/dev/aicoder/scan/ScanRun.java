package dev.aicoder.scan;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.source.SourceFile;
import dev.aicoder.source.Workspace;

/** The shared state of one scan while jobs run: outcomes, counters, warnings, lazily built analyzers. */
final class ScanRun {

    private static final int MAX_WARNINGS = 200;

    private final Workspace workspace;
    private final ScanOptions options;
    private final ScanSettings settings;
    private final ResultCache cache;
    private final BooleanSupplier cancelled;
    private final Supplier<AnalyzerSet> analyzers;
    private final List<SourceFile> files;
    private final AtomicReferenceArray<FileOutcome> outcomes;
    private final Map<String, CacheEntries.WorkspaceEntry> workspaceResults = new ConcurrentHashMap<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final AtomicInteger filesDone = new AtomicInteger();
    private final AtomicInteger findings = new AtomicInteger();
    private final AtomicInteger timeouts = new AtomicInteger();
    private final Map<String, java.util.concurrent.atomic.LongAdder> analyzerNanos = new ConcurrentHashMap<>();
    private volatile AnalyzerSet built;

    ScanRun(Workspace workspace, ScanOptions options, ScanSettings settings, ResultCache cache,
            BooleanSupplier cancelled, Supplier<AnalyzerSet> analyzers) {
        this.workspace = workspace;
        this.options = options;
        this.settings = settings;
        this.cache = cache;
        this.cancelled = cancelled;
        this.analyzers = analyzers;
        this.files = workspace.files();
        this.outcomes = new AtomicReferenceArray<>(files.size());
    }

    Workspace workspace() {
        return workspace;
    }

    List<SourceFile> files() {
        return files;
    }

    ScanOptions options() {
        return options;
    }

    ScanSettings settings() {
        return settings;
    }

    ResultCache cache() {
        return cache;
    }

    boolean cancelled() {
        return cancelled.getAsBoolean();
    }

    /** The analyzers, built on first use (a fully cached scan never builds them). */
    AnalyzerSet analyzers() {
        AnalyzerSet set = built;
        if (set == null) {
            synchronized (this) {
                if (built == null) {
                    built = analyzers.get();
                }
                set = built;
            }
        }
        return set;
    }

    boolean analyzersBuilt() {
        return built != null;
    }

    /** Records a file's outcome; the first outcome wins (a late job cannot overwrite a timeout). */
    void done(int index, FileOutcome outcome) {
        if (outcomes.compareAndSet(index, null, outcome)) {
            filesDone.incrementAndGet();
            findings.addAndGet(outcome.findings().size());
        }
    }

    /** Records that a file's analysis ran out of time (its findings are dropped). */
    void timedOut(int index, String warning) {
        if (outcomes.compareAndSet(index, null, FileOutcome.TIMED_OUT)) {
            filesDone.incrementAndGet();
            timeouts.incrementAndGet();
            warn(warning);
        }
    }

    void workspaceDone(String analyzerId, CacheEntries.WorkspaceEntry entry) {
        workspaceResults.put(analyzerId, entry);
        findings.addAndGet(entry.findings() == null ? 0 : entry.findings().size());
    }

    Map<String, CacheEntries.WorkspaceEntry> workspaceResults() {
        return workspaceResults;
    }

    FileOutcome rawOutcome(int index) {
        return outcomes.get(index);
    }

    /** Adds time spent in an analyzer. */
    void timed(String analyzerId, long nanos) {
        analyzerNanos.computeIfAbsent(analyzerId, k -> new java.util.concurrent.atomic.LongAdder()).add(nanos);
    }

    Map<String, Long> analyzerMs() {
        Map<String, Long> out = new java.util.TreeMap<>();
        analyzerNanos.forEach((id, n) -> out.put(id, n.sum() / 1_000_000));
        return out;
    }

    void warn(String warning) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(warning);
        }
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    int filesDone() {
        return filesDone.get();
    }

    int findings() {
        return findings.get();
    }

    int timeouts() {
        return timeouts.get();
    }

    static String describe(Throwable e) {
        if (e == null) {
            return "unknown error";
        }
        String message = e.getMessage();
        String text = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
