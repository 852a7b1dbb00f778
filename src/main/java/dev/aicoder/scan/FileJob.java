package dev.aicoder.scan;

import java.util.ArrayList;
import java.util.List;

import dev.aicoder.analysis.FileAnalyzer;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.source.SourceFile;

/**
 * Analyses one file with the per-file analyzers (cached ones first, so their results can be stored), fills in
 * defaults and fingerprints; stores the cacheable part unless something failed or ran out of time.
 */
final class FileJob extends ContextJob {

    private final ScanRun run;
    private final int index;
    private final SourceFile file;
    private final String cacheKey;
    private final FileOutcome cached;

    /**
     * @param cached the cacheable analyzers' results when they came from the cache (only the live, uncacheable
     *        analyzers still have to run), or null
     */
    FileJob(ScanRun run, int index, SourceFile file, String cacheKey, FileOutcome cached) {
        this.run = run;
        this.index = index;
        this.file = file;
        this.cacheKey = cacheKey;
        this.cached = cached;
    }

    @Override
    public void run() {
        String content = run.workspace().read(file);
        String[] lines = Findings.lines(content);
        AnalyzerSet analyzers = run.analyzers();
        try (JobContext ctx = open(run)) {
            FileOutcome outcome = cached;
            if (outcome == null) {
                boolean complete = true;
                List<Finding> found = new ArrayList<>();
                for (FileAnalyzer a : analyzers.cachedFile) {
                    complete &= analyze(a, content, lines, ctx, found);
                }
                List<Finding> fingerprinted = Fingerprints.assign(found, lines);
                List<RuleDescriptor> rules = fingerprinted.stream().map(analyzers::rule).distinct().toList();
                var entry = new CacheEntries.FileEntry(fingerprinted, InlineSuppressions.parse(content),
                        ctx.published(), rules);
                if (complete && !ctx.cancelled()) {
                    run.cache().put(cacheKey, CacheEntries.write(entry));
                }
                outcome = FileOutcome.of(entry, false);
            }
            if (!analyzers.liveFile.isEmpty()) {
                List<Finding> live = new ArrayList<>();
                int before = ctx.published().size();
                for (FileAnalyzer a : analyzers.liveFile) {
                    analyze(a, content, lines, ctx, live);
                }
                outcome = outcome.plus(Fingerprints.assign(live, lines), ctx.published().subList(before,
                        ctx.published().size()), live.stream().map(analyzers::rule).distinct().toList());
            }
            if (!ctx.cancelled()) {
                run.done(index, outcome);
            }
        }
    }

    private boolean analyze(FileAnalyzer a, String content, String[] lines, JobContext ctx, List<Finding> out) {
        if (ctx.cancelled() || !a.supports(file)) {
            return !ctx.cancelled();
        }
        long started = System.nanoTime();
        try {
            for (Finding f : a.analyze(file, content, ctx)) {
                out.add(Findings.complete(f, a.id(), file, lines));
            }
            return true;
        } catch (Exception | LinkageError | StackOverflowError e) {
            if (!ctx.cancelled()) {
                run.warn("analyzer " + a.id() + " failed on " + file.path() + ": " + ScanRun.describe(e));
            }
            return false;
        } finally {
            run.timed(a.id(), System.nanoTime() - started);
        }
    }

    @Override
    public void failed(Throwable error, boolean timedOut) {
        if (timedOut) {
            run.timedOut(index, "analysis of " + file.path() + " stopped after its time budget of "
                    + run.settings().fileTimeout().toSeconds() + " s");
        } else {
            run.warn("analysis of " + file.path() + " failed: " + ScanRun.describe(error));
            run.done(index, FileOutcome.EMPTY);
        }
    }
}
