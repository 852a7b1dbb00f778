package dev.aicoder.scan;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import dev.aicoder.analysis.Analyzer;
import dev.aicoder.analysis.Severity;

/**
 * The server's analyzers in Quarkus tests: small regex analyzers with predictable findings in every language the
 * API tests upload, and a slow one (files named {@code slow*}) for progress and cancellation. The real catalogue
 * is exercised end to end by {@code EndToEndScanTest} and the CLI.
 */
@Alternative
@Priority(1)
@Singleton
public class TestServerAnalyzers implements ScanBeans.ServerAnalyzers {

    private volatile List<Analyzer> built;

    @Override
    public synchronized List<Analyzer> get() {
        if (built == null) {
            List<Analyzer> all = new ArrayList<>();
            all.add(new TestAnalyzers.RegexAnalyzer("test-eval", "test.eval", "\\beval\\(", Severity.HIGH, 95));
            all.add(new TestAnalyzers.RegexAnalyzer("test-todo", "test.todo", "TODO", Severity.LOW, null));
            all.add(new TestAnalyzers.SlowAnalyzer());
            built = List.copyOf(all);
        }
        return built;
    }
}
