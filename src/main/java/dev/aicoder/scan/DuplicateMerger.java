package dev.aicoder.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aicoder.analysis.Finding;

/**
 * Merges findings that two analyzers (or two rules) report for the same issue at the same place: same path and
 * start line, and the same rule id or a shared CWE id from different analyzers, or a {@code same-as:<rule id>}
 * tag linking the two rules.
 * The most severe (then most confident, then one with a taint trace) finding is kept, with {@code also_reported_as} naming the others;
 * the choice is deterministic so fingerprints stay stable.
 */
final class DuplicateMerger {

    static final String ALSO = "also_reported_as";
    static final String TRACE = "taint_trace";

    private static final Comparator<Finding> PRIMARY = Comparator
            .comparingInt((Finding f) -> -Findings.rank(f.severity()))
            .thenComparingInt(f -> -Findings.rank(f.confidence()))
            // at equal severity and confidence, a finding that proved a source-to-sink flow (it has a trace) is
            // the better one to show
            .thenComparingInt(f -> f.properties().containsKey(TRACE) ? 0 : 1)
            .thenComparing(f -> f.analyzer() == null ? "" : f.analyzer())
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.fingerprint() == null ? "" : f.fingerprint());

    private DuplicateMerger() {
    }

    /** A kept finding and every rule id it stands for (its own first). */
    record Merged(Finding finding, List<String> ruleIds) {
    }

    static List<Merged> merge(List<Finding> findings) {
        Map<String, List<Finding>> byPlace = new LinkedHashMap<>();
        for (Finding f : findings) {
            byPlace.computeIfAbsent(f.path() + '\0' + f.startLine(), k -> new ArrayList<>()).add(f);
        }
        List<Merged> out = new ArrayList<>(findings.size());
        for (List<Finding> group : byPlace.values()) {
            if (group.size() == 1) {
                out.add(new Merged(group.get(0), List.of(group.get(0).ruleId())));
                continue;
            }
            for (List<Finding> cluster : clusters(group)) {
                out.add(combine(cluster));
            }
        }
        return out;
    }

    private static List<List<Finding>> clusters(List<Finding> group) {
        List<List<Finding>> clusters = new ArrayList<>();
        for (Finding f : group) {
            List<Finding> home = null;
            for (List<Finding> c : clusters) {
                if (c.stream().anyMatch(other -> sameIssue(f, other))) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(f);
        }
        return clusters;
    }

    /**
     * Same rule from two analyzers (or twice at the same column), a shared CWE between two analyzers, or rules
     * linked by {@code same-as}. Two rules of one analyzer sharing a CWE on one line are distinct issues.
     */
    static boolean sameIssue(Finding a, Finding b) {
        boolean sameAnalyzer = java.util.Objects.equals(a.analyzer(), b.analyzer());
        if (a.ruleId().equals(b.ruleId())) {
            return !sameAnalyzer || a.startColumn() == b.startColumn();
        }
        if (!sameAnalyzer && !a.cwe().isEmpty() && a.cwe().stream().anyMatch(b.cwe()::contains)) {
            return true;
        }
        return a.tags().contains("same-as:" + b.ruleId()) || b.tags().contains("same-as:" + a.ruleId());
    }

    private static Merged combine(List<Finding> cluster) {
        if (cluster.size() == 1) {
            return new Merged(cluster.get(0), List.of(cluster.get(0).ruleId()));
        }
        List<Finding> sorted = new ArrayList<>(cluster);
        sorted.sort(PRIMARY);
        Finding primary = sorted.get(0);
        Set<String> ids = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        ids.add(primary.ruleId());
        for (Finding f : sorted.subList(1, sorted.size())) {
            ids.add(f.ruleId());
            String label = f.ruleId() + (f.analyzer() == null ? "" : " (" + f.analyzer() + ")");
            if (!f.ruleId().equals(primary.ruleId()) || !java.util.Objects.equals(f.analyzer(), primary.analyzer())) {
                others.add(label);
            }
        }
        Finding kept = others.isEmpty() ? primary
                : primary.toBuilder().property(ALSO, String.join(", ", others)).build();
        if (kept.suppression() == null) {
            Finding suppressedTwin = sorted.stream().filter(Finding::suppressed).findFirst().orElse(null);
            if (suppressedTwin != null) {
                kept = kept.withSuppression(suppressedTwin.suppression());
            }
        }
        return new Merged(kept, List.copyOf(ids));
    }
}
