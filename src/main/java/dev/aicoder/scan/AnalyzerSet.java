package dev.aicoder.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.aicoder.analysis.Analyzer;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.FileAnalyzer;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.analysis.WorkspaceAnalyzer;

/** The analyzers of one scan, split by kind and cacheability, with their rules by id. */
final class AnalyzerSet {

    final List<FileAnalyzer> cachedFile = new ArrayList<>();
    final List<FileAnalyzer> liveFile = new ArrayList<>();
    final List<WorkspaceAnalyzer> workspace = new ArrayList<>();
    private final Map<String, RuleDescriptor> rules = new HashMap<>();

    AnalyzerSet(List<Analyzer> analyzers, ScanOptions options) {
        for (Analyzer a : analyzers) {
            if (a.categories().stream().noneMatch(options::enabled)) {
                continue;
            }
            if (a instanceof FileAnalyzer f) {
                (a.cacheable() ? cachedFile : liveFile).add(f);
            } else if (a instanceof WorkspaceAnalyzer w) {
                workspace.add(w);
            }
            for (RuleDescriptor r : a.rules()) {
                rules.putIfAbsent(r.id(), r);
            }
        }
    }

    CacheEntries.Catalog catalog() {
        return new CacheEntries.Catalog(workspace.stream().map(Analyzer::id).toList(),
                workspace.stream().allMatch(Analyzer::cacheable), !liveFile.isEmpty());
    }

    /** The descriptor of a finding's rule, or one made from the finding when the analyzer did not list it. */
    RuleDescriptor rule(Finding f) {
        RuleDescriptor r = rules.get(f.ruleId());
        return r != null ? r
                : new RuleDescriptor(f.ruleId(), f.title(), f.title(), f.severity(), f.category(), f.cwe(), f.tags(),
                        f.analyzer());
    }
}
