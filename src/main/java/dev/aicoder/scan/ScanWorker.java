package dev.aicoder.scan;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.platform.events.EventBus;
import dev.aicoder.platform.events.EventType;
import dev.aicoder.platform.events.PlatformEvent;
import dev.aicoder.scan.store.ScanRecord;
import dev.aicoder.scan.store.ScanStore;
import dev.aicoder.source.IntakeException;
import dev.aicoder.tasks.NonRetryableTaskException;
import dev.aicoder.tasks.TaskCancelledException;
import dev.aicoder.tasks.TaskContext;

/**
 * Runs a stored scan on a task worker: opens its source, runs the engine with progress to the task and the scan
 * row, stores the results, publishes {@code SCAN_STARTED} / {@code SCAN_COMPLETED} / {@code SCAN_FAILED}.
 * Idempotent: a retried attempt replaces what an earlier one stored.
 */
@ApplicationScoped
public class ScanWorker {

    private static final Logger LOG = Logger.getLogger(ScanWorker.class);
    private static final Duration DB = Duration.ofMinutes(2);
    private static final long STORE_PROGRESS_EVERY_MS = 1000;

    private final ScanStore store;
    private final ScanSources sources;
    private final ScanEngine engine;
    private final ScanBeans.ServerAnalyzers analyzers;
    private final EventBus events;
    private final Instance<ScanOptionsHook> hooks;

    public ScanWorker(ScanStore store, ScanSources sources, ScanEngine engine, ScanBeans.ServerAnalyzers analyzers,
            EventBus events, Instance<ScanOptionsHook> hooks) {
        this.store = store;
        this.sources = sources;
        this.engine = engine;
        this.analyzers = analyzers;
        this.events = events;
        this.hooks = hooks;
    }

    /** What the task stores as its result. */
    public record Summary(UUID scanId, String status, int files, int findings, long durationMs) {
    }

    public Summary run(UUID scanId, TaskContext task) throws IOException {
        ScanRecord scan = store.findForWorker(scanId).await().atMost(DB)
                .orElseThrow(() -> new NonRetryableTaskException("scan " + scanId + " does not exist"));
        if (scan.finished()) {
            return new Summary(scanId, scan.status(), scan.filesTotal(), scan.findingsTotal() == null ? 0
                    : scan.findingsTotal(), 0);
        }
        ScanSpec spec = ScanJson.mapper().readValue(scan.request(), ScanSpec.class);
        store.start(scanId).await().atMost(DB);
        try (ScanSources.Opened opened = sources.open(scan, spec)) {
            int files = opened.workspace().files().size();
            store.prepared(scanId, files, opened.commit()).await().atMost(DB);
            events.publish(PlatformEvent.of(EventType.SCAN_STARTED, scan.tenantId(), scanId,
                    Map.of("files", files, "languages", languages(opened))));
            Set<String> baseline = spec.baselineScanId() == null ? Set.of()
                    : new HashSet<>(store.fingerprints(scan.tenantId(), spec.baselineScanId()).await().atMost(DB));
            ScanOptions options = spec.options();
            for (ScanOptionsHook hook : hooks) {
                options = hook.apply(scan.tenantId(), options);
            }
            ScanResult result = engine.run(opened.workspace(), options, analyzers, baseline,
                    progress(scanId, task), task::cancelRequested);
            if (spec.changedLinesOnly() && opened.changes() != null) {
                result = result.filter(f -> opened.changes().touches(f.path(), f.startLine()));
            }
            task.progress(99, "store", result.findings().size() + " findings");
            store.complete(scan, result, ScanJson.mapper().writeValueAsString(counts(result)),
                    ScanJson.mapper().writeValueAsString(result.stats())).await().atMost(DB);
            events.publish(PlatformEvent.of(EventType.SCAN_COMPLETED, scan.tenantId(), scanId, Map.of("files",
                    files, "findings", result.findings().size(), "duration_ms", result.stats().durationMs())));
            return new Summary(scanId, "succeeded", files, result.findings().size(), result.stats().durationMs());
        } catch (IntakeException e) {
            fail(scan, e.getMessage());
            throw new NonRetryableTaskException(e.getMessage());
        } catch (CancellationException | TaskCancelledException e) {
            store.end(scanId, "cancelled", "cancelled").await().atMost(DB);
            throw e instanceof TaskCancelledException t ? t : new TaskCancelledException("scan cancelled");
        } catch (RuntimeException e) {
            LOG.warnf("scan %s attempt %d failed: %s", scanId, task.attempt(), ScanRun.describe(e));
            if (task.attempt() >= task.maxAttempts()) {
                fail(scan, "internal error: " + ScanRun.describe(e));
            }
            throw e;
        }
    }

    private void fail(ScanRecord scan, String error) {
        store.end(scan.id(), "failed", error).await().atMost(DB);
        events.publish(PlatformEvent.of(EventType.SCAN_FAILED, scan.tenantId(), scan.id(), Map.of("error", error)));
    }

    private ScanListener progress(UUID scanId, TaskContext task) {
        long[] last = { 0 };
        return p -> {
            task.progress(Math.min(98, p.percent()), p.phase(), p.filesDone() + "/" + p.filesTotal() + " files, "
                    + p.findings() + " findings");
            long now = System.currentTimeMillis();
            if (now - last[0] >= STORE_PROGRESS_EVERY_MS) {
                last[0] = now;
                store.progress(scanId, p.phase(), p.filesDone(), p.filesTotal(), p.findings()).await().atMost(DB);
            }
        };
    }

    private static String languages(ScanSources.Opened opened) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        opened.workspace().files().forEach(f -> counts.merge(f.language().id(), 1, Integer::sum));
        return String.join(",", counts.keySet());
    }

    static Map<String, Integer> counts(ScanResult result) {
        Map<String, Integer> out = new LinkedHashMap<>();
        result.countsBySeverity().forEach((s, n) -> out.put(s.id(), n));
        return out;
    }
}
