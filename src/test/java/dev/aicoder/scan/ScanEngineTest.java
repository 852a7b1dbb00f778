package dev.aicoder.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aicoder.analysis.Analyzer;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.analysis.Severity;
import dev.aicoder.source.SkipReason;
import dev.aicoder.source.Workspace;
import dev.aicoder.source.WorkspaceBuilder;

class ScanEngineTest {

    @TempDir
    Path root;

    private void write(String path, String content) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private Workspace workspace() {
        return new WorkspaceBuilder().build(root);
    }

    private ScanResult scan(ScanEngine engine, List<Analyzer> analyzers, Set<String> baseline) {
        return engine.run(workspace(), ScanOptions.defaults(), () -> analyzers, baseline, ScanListener.NONE,
                () -> false);
    }

    private static ScanEngine engine(ResultCache cache) {
        return new ScanEngine(new ScanSettings(2, Duration.ofSeconds(5), Duration.ofSeconds(30), "test"), cache);
    }

    @Test
    void findingsAreCompletedFingerprintedAndStableWhenCodeMoves() throws IOException {
        write("src/app.py", "import os\nx = eval(user)\n");
        var eval = new TestAnalyzers.RegexAnalyzer("evalcheck", "py.eval", "eval\\(", Severity.HIGH, 95);
        ScanResult first = scan(engine(ResultCache.NONE), List.of(eval), Set.of());
        assertThat(first.findings()).hasSize(1);
        Finding f = first.findings().get(0);
        assertThat(f.path()).isEqualTo("src/app.py");
        assertThat(f.startLine()).isEqualTo(2);
        assertThat(f.snippet()).isEqualTo("x = eval(user)");
        assertThat(f.analyzer()).isEqualTo("evalcheck");
        assertThat(f.language().id()).isEqualTo("python");
        assertThat(f.fingerprint()).hasSize(32);
        assertThat(first.rules()).containsKey("py.eval");
        assertThat(first.files()).singleElement().satisfies(s -> assertThat(s.findings()).isEqualTo(1));

        write("src/app.py", "\"\"\"Module docs.\"\"\"\nimport os\n\n\nx  =  eval(user)\ny = eval(other)\n");
        ScanResult second = scan(engine(ResultCache.NONE), List.of(eval), Set.of());
        assertThat(second.findings()).hasSize(2);
        assertThat(second.findings()).extracting(Finding::fingerprint).contains(f.fingerprint());
        assertThat(second.findings().stream().filter(x -> x.fingerprint().equals(f.fingerprint())).findFirst()
                .orElseThrow().startLine()).isEqualTo(5);
    }

    @Test
    void identicalLinesGetDistinctFingerprints() throws IOException {
        write("a.py", "eval(x)\neval(x)\n");
        ScanResult r = scan(engine(ResultCache.NONE),
                List.of(new TestAnalyzers.RegexAnalyzer("e", "py.eval", "eval\\(", Severity.HIGH, null)), Set.of());
        assertThat(r.findings()).extracting(Finding::fingerprint).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void duplicatesFromTwoAnalyzersMergeIntoTheMostSevere() throws IOException {
        write("a.js", "db.query('SELECT ' + id)\nother()\n");
        var one = new TestAnalyzers.RegexAnalyzer("rules", "js.sqli", "query\\(", Severity.MEDIUM, 89);
        var two = new TestAnalyzers.RegexAnalyzer("taint", "taint.sqli", "SELECT", Severity.CRITICAL, 89);
        var unrelated = new TestAnalyzers.RegexAnalyzer("style", "js.quotes", "'", Severity.LOW, null);
        ScanResult r = scan(engine(ResultCache.NONE), List.of(one, two, unrelated), Set.of());
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("taint.sqli", "js.quotes");
        assertThat(r.findings().get(0).properties()).containsEntry("also_reported_as", "js.sqli (rules)");
        assertThat(r.countsBySeverity()).containsEntry(Severity.CRITICAL, 1).containsEntry(Severity.LOW, 1);
    }

    @Test
    void inlineCommentsAndBaselineSuppressButKeepFindings() throws IOException {
        write("a.py", """
                # aicoder-ignore: py.eval trusted input from config
                a = eval(x)
                b = eval(y)  # aicoder-ignore: py.* legacy
                c = eval(z)
                d = eval(w)
                """);
        var eval = new TestAnalyzers.RegexAnalyzer("e", "py.eval", "eval\\(", Severity.HIGH, null);
        ScanResult first = scan(engine(ResultCache.NONE), List.of(eval), Set.of());
        assertThat(first.findings()).hasSize(4);
        assertThat(first.findings()).filteredOn(Finding::suppressed).extracting(f -> f.suppression().reason())
                .containsExactlyInAnyOrder("trusted input from config", "legacy");
        String baselined = first.findings().stream().filter(f -> f.startLine() == 4).findFirst().orElseThrow()
                .fingerprint();
        ScanResult second = scan(engine(ResultCache.NONE), List.of(eval), Set.of(baselined));
        assertThat(second.findings()).filteredOn(f -> f.startLine() == 4).singleElement()
                .satisfies(f -> assertThat(f.suppression().source()).isEqualTo("baseline"));
        assertThat(second.hasFindingsAtLeast(Severity.HIGH)).isTrue();
        assertThat(second.findings()).filteredOn(f -> !f.suppressed()).hasSize(1);
    }

    @Test
    void aRunawayFileIsStoppedByItsTimeBudgetAndFailuresBecomeWarnings() throws IOException {
        write("slow.py", "x = 1\n");
        write("boom.py", "x = 1\n");
        for (int i = 0; i < 20; i++) {
            write("ok" + i + ".py", "eval(a)\n");
        }
        var eval = new TestAnalyzers.RegexAnalyzer("e", "py.eval", "eval\\(", Severity.HIGH, null);
        ScanEngine engine = new ScanEngine(new ScanSettings(2, Duration.ofMillis(500), Duration.ofSeconds(5), "t"),
                ResultCache.NONE);
        long t0 = System.nanoTime();
        ScanResult r = engine.run(workspace(), ScanOptions.defaults(),
                () -> List.of(new TestAnalyzers.StuckAnalyzer(), eval), Set.of(), ScanListener.NONE, () -> false);
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(4_000);
        assertThat(r.findings()).hasSize(20);
        assertThat(r.skipped()).containsEntry(SkipReason.TIMEOUT, 1);
        assertThat(r.warnings()).anyMatch(w -> w.contains("slow.py") && w.contains("time budget"))
                .anyMatch(w -> w.contains("stuck failed on boom.py") && w.contains("boom in analyzer"));
        assertThat(r.files()).extracting(ScanResult.FileSummary::path).doesNotContain("slow.py").contains("boom.py");
    }

    @Test
    void rescanOfAnUnchangedTreeComesFromTheCacheWithoutBuildingAnalyzers() throws IOException {
        for (int i = 0; i < 30; i++) {
            write("pkg/m" + i + ".py", "def f():\n    return eval(x%d)\n".formatted(i));
        }
        DiskResultCache cache = new DiskResultCache(root.resolveSibling(root.getFileName() + "-cache"), 1 << 30);
        var eval = new TestAnalyzers.RegexAnalyzer("e", "py.eval", "eval\\(", Severity.HIGH, null);
        var inventory = new TestAnalyzers.CountingWorkspaceAnalyzer(true);
        AtomicInteger builds = new AtomicInteger();
        ScanEngine engine = engine(cache);
        Workspace ws = workspace();
        ScanResult first = engine.run(ws, ScanOptions.defaults(), () -> {
            builds.incrementAndGet();
            return List.of(eval, inventory);
        }, Set.of(), ScanListener.NONE, () -> false);
        ScanResult second = engine.run(ws, ScanOptions.defaults(), () -> {
            builds.incrementAndGet();
            return List.of(eval, inventory);
        }, Set.of(), ScanListener.NONE, () -> false);
        assertThat(builds).hasValue(1);
        assertThat(eval.calls).hasValue(30);
        assertThat(inventory.calls).hasValue(1);
        assertThat(second.stats().cachedFiles()).isEqualTo(30);
        assertThat(second.findings()).isEqualTo(first.findings());
        assertThat(second.rules()).isEqualTo(first.rules());
        assertThat(second.artifacts().get("lines")).hasSize(30);
        assertThat(second.artifacts().get("inventory")).hasSize(1);

        write("pkg/m3.py", "def f():\n    return eval(changed)\n");
        ScanResult third = engine.run(workspace(), ScanOptions.defaults(), () -> List.of(eval, inventory), Set.of(),
                ScanListener.NONE, () -> false);
        assertThat(eval.calls).hasValue(31);
        assertThat(inventory.calls).hasValue(2);
        assertThat(third.stats().cachedFiles()).isEqualTo(29);
    }

    @Test
    void uncacheableAnalyzersRunEveryTime() throws IOException {
        write("a.py", "x = 1\n");
        DiskResultCache cache = new DiskResultCache(root.resolveSibling(root.getFileName() + "-c2"), 1 << 30);
        var live = new TestAnalyzers.CountingWorkspaceAnalyzer(false);
        ScanEngine engine = engine(cache);
        for (int i = 0; i < 2; i++) {
            engine.run(workspace(), ScanOptions.defaults(), () -> List.of(live), Set.of(), ScanListener.NONE,
                    () -> false);
        }
        assertThat(live.calls).hasValue(2);
    }

    @Test
    void cancellationStopsTheScanAndProgressIsReported() throws IOException {
        for (int i = 0; i < 200; i++) {
            write("f" + i + ".py", "x = 1\n");
        }
        List<ScanProgress> seen = new ArrayList<>();
        ScanResult done = engine(ResultCache.NONE).run(workspace(), ScanOptions.defaults(),
                () -> List.of(new TestAnalyzers.RegexAnalyzer("e", "py.x", "x", Severity.LOW, null)), Set.of(),
                seen::add, () -> false);
        assertThat(done.findings()).hasSize(200);
        assertThat(seen).isNotEmpty().last().satisfies(p -> assertThat(p.filesDone()).isEqualTo(200));
        assertThatThrownBy(() -> engine(ResultCache.NONE).run(workspace(), ScanOptions.defaults(),
                () -> List.of(new TestAnalyzers.StuckAnalyzer()), Set.of(), ScanListener.NONE, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void disabledCategoriesSkipAnalyzers() throws IOException {
        write("a.py", "eval(x)\n");
        var security = new TestAnalyzers.RegexAnalyzer("sec", "py.eval", "eval", Severity.HIGH, 95);
        ScanOptions qualityOnly = new ScanOptions(Set.of(dev.aicoder.analysis.Category.QUALITY), null, null, null);
        ScanResult r = engine(ResultCache.NONE).run(workspace(), qualityOnly, () -> List.of(security), Set.of(),
                ScanListener.NONE, () -> false);
        assertThat(r.findings()).isEmpty();
        assertThat(security.calls).hasValue(0);
    }
}
