package dev.aicoder.scan;

import java.util.ArrayList;
import java.util.List;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;

/** The results for one file, from the cache, from analysis, or both. */
record FileOutcome(List<Finding> findings, List<InlineSuppressions.Directive> directives,
        List<JobContext.Artifact> artifacts, List<RuleDescriptor> rules, boolean fromCache) {

    static final FileOutcome EMPTY = new FileOutcome(List.of(), List.of(), List.of(), List.of(), false);
    /** A file whose analysis ran out of time; its findings are dropped and it is counted as skipped. */
    static final FileOutcome TIMED_OUT = new FileOutcome(List.of(), List.of(), List.of(), List.of(), false);

    static FileOutcome of(CacheEntries.FileEntry entry, boolean fromCache) {
        return new FileOutcome(nonNull(entry.findings()), nonNull(entry.directives()), nonNull(entry.artifacts()),
                nonNull(entry.rules()), fromCache);
    }

    FileOutcome plus(List<Finding> moreFindings, List<JobContext.Artifact> moreArtifacts,
            List<RuleDescriptor> moreRules) {
        return new FileOutcome(concat(findings, moreFindings), directives, concat(artifacts, moreArtifacts),
                concat(rules, moreRules), fromCache);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
