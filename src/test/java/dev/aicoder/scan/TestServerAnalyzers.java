package dev.aicoder.scan;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import dev.aicoder.analysis.Analyzer;
import dev.aicoder.analysis.Severity;

/**
 * The server's analyzers in Quarkus tests: the real catalogue plus two small regex analyzers, so that API tests
 * have predictable findings in every language they upload.
 */
@Alternative
@Priority(1)
@Singleton
public class TestServerAnalyzers implements ScanBeans.ServerAnalyzers {

    private volatile List<Analyzer> built;

    @Override
    public synchronized List<Analyzer> get() {
        if (built == null) {
            List<Analyzer> all = new ArrayList<>(AnalyzerCatalog.create(AnalyzerSetup.of(2)));
            all.add(new TestAnalyzers.RegexAnalyzer("test-eval", "test.eval", "\\beval\\(", Severity.HIGH, 95));
            all.add(new TestAnalyzers.RegexAnalyzer("test-todo", "test.todo", "TODO", Severity.LOW, null));
            built = List.copyOf(all);
        }
        return built;
    }
}
