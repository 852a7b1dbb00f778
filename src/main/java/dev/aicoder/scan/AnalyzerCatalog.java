package dev.aicoder.scan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.aicoder.analysis.Analyzer;
import dev.aicoder.analysis.architecture.ArchitectureAnalyzers;
import dev.aicoder.analysis.architecture.suggest.SuggestionExplainer;
import dev.aicoder.analysis.architecture.suggest.TemplateExplainer;
import dev.aicoder.analysis.quality.QualityAnalyzers;
import dev.aicoder.analysis.security.SupplyChainAnalyzers;
import dev.aicoder.analysis.security.SupplyChainSetup;
import dev.aicoder.analysis.security.taint.TaintAnalyzers;
import dev.aicoder.analysis.standards.StandardsAnalyzers;

/**
 * The analyzers a scan runs, by capability: each capability exposes one plain-Java factory, listed here (the lead
 * adds a capability's factory when merging it). Plain Java, so that the CLI builds the same list as the server.
 */
public final class AnalyzerCatalog {

    /** One capability's analyzers. */
    public record Entry(String capability, Function<AnalyzerSetup, List<Analyzer>> factory) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("quality", setup -> QualityAnalyzers.create(setup.threads())),
            new Entry("supply-chain", setup -> SupplyChainAnalyzers.create(
                    setup.part(SupplyChainSetup.class).orElseGet(SupplyChainSetup::defaults))),
            new Entry("taint", TaintAnalyzers::create),
            new Entry("architecture", setup -> ArchitectureAnalyzers.create(setup.threads(),
                    setup.part(SuggestionExplainer.class).orElseGet(TemplateExplainer::new))),
            new Entry("standards", setup -> StandardsAnalyzers.create(setup.threads())));

    private AnalyzerCatalog() {
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** Every analyzer of every capability; analyzer ids must be unique. */
    public static List<Analyzer> create(AnalyzerSetup setup) {
        return create(ENTRIES, setup);
    }

    static List<Analyzer> create(List<Entry> entries, AnalyzerSetup setup) {
        List<Analyzer> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Entry e : entries) {
            for (Analyzer a : e.factory().apply(setup)) {
                if (!ids.add(a.id())) {
                    throw new IllegalStateException("two analyzers with id '" + a.id() + "' (capability "
                            + e.capability() + ")");
                }
                out.add(a);
            }
        }
        return List.copyOf(out);
    }
}
