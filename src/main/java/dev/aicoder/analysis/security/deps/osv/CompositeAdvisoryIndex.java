package dev.aicoder.analysis.security.deps.osv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Several indexes asked in turn; an advisory known to more than one is kept once (first index wins). */
public final class CompositeAdvisoryIndex implements AdvisoryIndex {

    private final List<AdvisoryIndex> indexes;

    public CompositeAdvisoryIndex(List<AdvisoryIndex> indexes) {
        this.indexes = List.copyOf(indexes);
    }

    @Override
    public Map<PackageQuery, List<OsvAdvisory>> lookup(Collection<PackageQuery> queries) {
        Map<PackageQuery, Map<String, OsvAdvisory>> merged = new LinkedHashMap<>();
        for (AdvisoryIndex index : indexes) {
            index.lookup(queries).forEach((q, list) -> list.forEach(
                    a -> merged.computeIfAbsent(q, k -> new LinkedHashMap<>()).putIfAbsent(a.id(), a)));
        }
        Map<PackageQuery, List<OsvAdvisory>> out = new LinkedHashMap<>();
        queries.forEach(q -> out.put(q, new ArrayList<>(merged.getOrDefault(q, Map.of()).values())));
        return out;
    }

    @Override
    public String describe() {
        return indexes.stream().map(AdvisoryIndex::describe).collect(Collectors.joining(" + "));
    }
}
