package dev.aicoder.analysis.architecture;

import java.util.List;

import dev.aicoder.analysis.Analyzer;
import dev.aicoder.analysis.architecture.suggest.SuggestionExplainer;
import dev.aicoder.analysis.architecture.suggest.TemplateExplainer;

/** The architecture capability's analyzers, in plain Java (the CLI and the server build the same list). */
public final class ArchitectureAnalyzers {

    private ArchitectureAnalyzers() {
    }

    /** @param threads how many threads may parse files in parallel */
    public static List<Analyzer> create(int threads) {
        return create(threads, new TemplateExplainer());
    }

    public static List<Analyzer> create(int threads, SuggestionExplainer explainer) {
        return List.of(new ArchitectureAnalyzer(threads, explainer));
    }
}
