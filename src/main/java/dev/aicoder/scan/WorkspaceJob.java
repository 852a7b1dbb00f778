package dev.aicoder.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.WorkspaceAnalyzer;
import dev.aicoder.source.SourceFile;

/** Runs one workspace-wide analyzer, completes and fingerprints its findings file by file, caches them. */
final class WorkspaceJob extends ContextJob {

    private final ScanRun run;
    private final WorkspaceAnalyzer analyzer;
    private final String cacheKey;

    WorkspaceJob(ScanRun run, WorkspaceAnalyzer analyzer, String cacheKey) {
        this.run = run;
        this.analyzer = analyzer;
        this.cacheKey = cacheKey;
    }

    @Override
    public void run() throws Exception {
        try (JobContext ctx = open(run)) {
            long started = System.nanoTime();
            List<Finding> raw;
            try {
                raw = analyzer.analyze(run.workspace(), ctx);
            } finally {
                run.timed(analyzer.id(), System.nanoTime() - started);
            }
            if (ctx.cancelled()) {
                return;
            }
            Map<String, List<Finding>> byPath = new LinkedHashMap<>();
            for (Finding f : raw) {
                byPath.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
            }
            List<Finding> out = new ArrayList<>(raw.size());
            byPath.forEach((path, findings) -> {
                SourceFile file = run.workspace().file(path).orElse(null);
                String[] lines = file == null ? null : Findings.lines(run.workspace().read(file));
                List<Finding> completed = findings.stream()
                        .map(f -> Findings.complete(f, analyzer.id(), file, lines)).toList();
                out.addAll(Fingerprints.assign(completed, lines));
            });
            List<RuleDescriptor> rules = out.stream().map(run.analyzers()::rule).distinct().toList();
            var entry = new CacheEntries.WorkspaceEntry(out, ctx.published(), rules);
            if (analyzer.cacheable()) {
                run.cache().put(cacheKey, CacheEntries.write(entry));
            }
            run.workspaceDone(analyzer.id(), entry);
        }
    }

    @Override
    public void failed(Throwable error, boolean timedOut) {
        run.warn("analyzer " + analyzer.id() + (timedOut
                ? " stopped after its time budget of " + run.settings().workspaceTimeout().toSeconds() + " s"
                : " failed: " + ScanRun.describe(error)));
    }
}
