package dev.aicoder.analysis.security.taint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.aicoder.analysis.Analyzer;
import dev.aicoder.analysis.FileAnalyzer;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.WorkspaceAnalyzer;
import dev.aicoder.analysis.syntax.MapWorkspace;
import dev.aicoder.analysis.syntax.SimpleContext;
import dev.aicoder.scan.AnalyzerSetup;
import dev.aicoder.source.SourceFile;

/**
 * The SAST analyzers on the labeled corpus (one workspace): fails when the mean score or the false-positive rate
 * gets worse than the floor, a little under what was measured (see docs/benchmarks.md, "SAST score").
 */
class SastScoreTest {

    static final double MIN_MEAN_SCORE = 0.93;
    static final double MAX_MEAN_FPR = 0.03;

    static List<Finding> scan(List<SastCorpus.Case> cases) throws Exception {
        MapWorkspace ws = new MapWorkspace();
        cases.forEach(c -> ws.add(c.path(), c.language(), c.content()));
        List<Finding> out = new ArrayList<>();
        try (SimpleContext ctx = new SimpleContext()) {
            for (Analyzer a : TaintAnalyzers.create(AnalyzerSetup.of(1))) {
                if (a instanceof WorkspaceAnalyzer w) {
                    out.addAll(w.analyze(ws, ctx));
                } else if (a instanceof FileAnalyzer f) {
                    for (SourceFile file : ws.files()) {
                        if (f.supports(file)) {
                            out.addAll(f.analyze(file, ws.read(file), ctx));
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theCorpusScoresAboveTheFloor() throws Exception {
        List<SastCorpus.Case> cases = SastCorpus.load();
        assertThat(cases).hasSizeGreaterThan(300);
        SastCorpus.Score score = SastCorpus.score(cases, scan(cases));
        System.out.println(score.table("SAST taint analyzers on the labeled corpus (" + cases.size() + " cases)"));
        score.misses().forEach(m -> System.out.println("  missed " + m));
        score.falseAlarms().forEach(m -> System.out.println("  false alarm " + m));
        assertThat(score.meanScore()).isGreaterThan(MIN_MEAN_SCORE);
        assertThat(score.meanFpr()).isLessThan(MAX_MEAN_FPR);
    }
}
