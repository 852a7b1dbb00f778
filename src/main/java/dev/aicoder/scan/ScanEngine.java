package dev.aicoder.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import dev.aicoder.analysis.Analyzer;
import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.analysis.WorkspaceAnalyzer;
import dev.aicoder.source.SourceFile;
import dev.aicoder.source.Workspace;

/**
 * Runs analyzers over a workspace: per-file analyzers in parallel over files, workspace-wide analyzers next to
 * them, all on a bounded pool with a time budget per job; results come from the content-hash cache where
 * possible. Then {@link ResultAssembler} fingerprints, merges duplicates and marks suppressions. Plain Java, used
 * by the server's scan tasks, {@code /analyze} and the CLI alike.
 */
public final class ScanEngine {

    private static final long PROGRESS_EVERY_MS = 250;

    private final ScanSettings settings;
    private final ResultCache cache;

    public ScanEngine(ScanSettings settings, ResultCache cache) {
        this.settings = settings;
        this.cache = cache;
    }

    /**
     * Scans {@code workspace}. {@code analyzers} is only called when something is not cached. {@code baseline}
     * holds fingerprints to mark as suppressed ({@code baseline}). Throws {@link CancellationException} once
     * {@code cancelled} says so.
     */
    public ScanResult run(Workspace workspace, ScanOptions options, Supplier<List<Analyzer>> analyzers,
            Set<String> baseline, ScanListener listener, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        CacheKeys keys = new CacheKeys(options, settings.cacheSalt());
        ScanRun run = new ScanRun(workspace, options, settings, cache, cancelled,
                () -> new AnalyzerSet(analyzers.get(), options));
        Optional<CacheEntries.Catalog> catalog = CacheEntries.read(cache, keys.catalog(), CacheEntries.Catalog.class);
        boolean liveAnalyzers = catalog.isEmpty() || catalog.get().liveFileAnalyzers();
        List<SourceFile> files = run.files();
        List<Runnable> pending = new ArrayList<>();
        List<FileJob> jobs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String key = keys.file(files.get(i));
            Optional<CacheEntries.FileEntry> hit = CacheEntries.read(cache, key, CacheEntries.FileEntry.class);
            if (hit.isPresent() && !liveAnalyzers) {
                run.done(i, FileOutcome.of(hit.get(), true));
            } else {
                jobs.add(new FileJob(run, i, files.get(i), key, hit.map(h -> FileOutcome.of(h, true)).orElse(null)));
            }
        }
        String tree = CacheKeys.tree(workspace);
        List<WorkspaceJob> workspaceJobs = new ArrayList<>();
        if (!workspaceFromCache(run, keys, tree, catalog)) {
            for (WorkspaceAnalyzer a : run.analyzers().workspace) {
                String key = keys.workspace(a.id(), tree);
                Optional<CacheEntries.WorkspaceEntry> hit = a.cacheable()
                        ? CacheEntries.read(cache, key, CacheEntries.WorkspaceEntry.class)
                        : Optional.empty();
                if (hit.isPresent()) {
                    run.workspaceDone(a.id(), hit.get());
                } else {
                    workspaceJobs.add(new WorkspaceJob(run, a, key));
                }
            }
        }
        execute(run, jobs, workspaceJobs, listener);
        if (run.analyzersBuilt()) {
            cache.put(keys.catalog(), CacheEntries.write(run.analyzers().catalog()));
        }
        listener.progress(new ScanProgress("assemble", files.size(), files.size(), run.findings()));
        return ResultAssembler.assemble(run, baseline, (System.nanoTime() - started) / 1_000_000);
    }

    /** Uses cached workspace-analyzer results without building analyzers, when the last catalog allows it. */
    private static boolean workspaceFromCache(ScanRun run, CacheKeys keys, String tree,
            Optional<CacheEntries.Catalog> catalog) {
        if (catalog.isEmpty() || !catalog.get().workspaceCacheable()) {
            return false;
        }
        List<CacheEntries.WorkspaceEntry> entries = new ArrayList<>();
        for (String id : catalog.get().workspaceAnalyzers()) {
            Optional<CacheEntries.WorkspaceEntry> hit = CacheEntries.read(run.cache(), keys.workspace(id, tree),
                    CacheEntries.WorkspaceEntry.class);
            if (hit.isEmpty()) {
                return false;
            }
            entries.add(hit.get());
        }
        for (int i = 0; i < entries.size(); i++) {
            run.workspaceDone(catalog.get().workspaceAnalyzers().get(i), entries.get(i));
        }
        return true;
    }

    private void execute(ScanRun run, List<FileJob> jobs, List<WorkspaceJob> workspaceJobs, ScanListener listener) {
        int total = run.files().size();
        CountDownLatch done = new CountDownLatch(jobs.size() + workspaceJobs.size());
        try (BoundedRunner runner = new BoundedRunner(settings.threads())) {
            long lastReport = 0;
            List<BoundedRunner.Job> all = new ArrayList<>(workspaceJobs);
            all.addAll(jobs);
            for (BoundedRunner.Job job : all) {
                boolean isWorkspace = job instanceof WorkspaceJob;
                if (!runner.submit(job, isWorkspace ? settings.workspaceTimeout() : settings.fileTimeout(), done,
                        run::cancelled)) {
                    throw new CancellationException("scan cancelled");
                }
                long now = System.nanoTime();
                if (now - lastReport > PROGRESS_EVERY_MS * 1_000_000) {
                    lastReport = now;
                    listener.progress(new ScanProgress("analyze", run.filesDone(), total, run.findings()));
                }
            }
            while (!done.await(PROGRESS_EVERY_MS, TimeUnit.MILLISECONDS)) {
                if (run.cancelled()) {
                    throw new CancellationException("scan cancelled");
                }
                String phase = run.filesDone() < total ? "analyze" : "project";
                listener.progress(new ScanProgress(phase, run.filesDone(), total, run.findings()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("scan interrupted");
        }
        if (run.cancelled()) {
            throw new CancellationException("scan cancelled");
        }
    }
}
