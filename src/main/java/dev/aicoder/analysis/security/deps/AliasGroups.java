package dev.aicoder.analysis.security.deps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.aicoder.analysis.security.deps.osv.OsvAdvisory;
import dev.aicoder.analysis.security.deps.osv.OsvMatcher;

/**
 * One vulnerability is often published by several databases (a GHSA, a PYSEC and a CVE record that alias each
 * other). Matches on one dependency that are linked by ids or aliases are merged into one, so a finding is one
 * vulnerability; the others' ids join its aliases.
 */
final class AliasGroups {

    private AliasGroups() {
    }

    static List<OsvMatcher.Match> merge(List<OsvMatcher.Match> matches) {
        List<List<OsvMatcher.Match>> groups = new ArrayList<>();
        List<Set<String>> names = new ArrayList<>();
        for (OsvMatcher.Match m : matches) {
            Set<String> ids = ids(m.advisory());
            List<Integer> linked = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                if (names.get(g).stream().anyMatch(ids::contains)) {
                    linked.add(g);
                }
            }
            List<OsvMatcher.Match> group = new ArrayList<>(List.of(m));
            Set<String> all = new LinkedHashSet<>(ids);
            for (int i = linked.size() - 1; i >= 0; i--) {
                int g = linked.get(i);
                group.addAll(groups.remove(g));
                all.addAll(names.remove(g));
            }
            groups.add(group);
            names.add(all);
        }
        List<OsvMatcher.Match> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            out.add(representative(groups.get(g), names.get(g)));
        }
        return out;
    }

    /** A match with a fixed version first, then a GitHub advisory, then the smallest id; aliases = all other ids. */
    private static OsvMatcher.Match representative(List<OsvMatcher.Match> group, Set<String> allIds) {
        OsvMatcher.Match best = group.stream().min(Comparator
                .comparing((OsvMatcher.Match m) -> m.fixedVersion() == null)
                .thenComparing(m -> !m.advisory().id().startsWith("GHSA-"))
                .thenComparing(m -> m.advisory().id())).orElseThrow();
        if (group.size() == 1) {
            return best;
        }
        OsvAdvisory a = best.advisory();
        List<String> aliases = allIds.stream().filter(id -> !id.equals(a.id())).toList();
        OsvAdvisory merged = new OsvAdvisory(a.id(), a.modified(), a.published(), a.withdrawn(), aliases, a.summary(),
                a.details(), a.severity(), a.affected(), a.references(), a.databaseSpecific());
        return new OsvMatcher.Match(merged, best.fixedVersion());
    }

    private static Set<String> ids(OsvAdvisory a) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(a.id());
        ids.addAll(a.aliases());
        return ids;
    }
}
