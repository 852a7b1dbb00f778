package dev.aicoder.analysis.security.deps.osv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aicoder.analysis.security.deps.Ecosystem;

/** Advisories held in memory, keyed by ecosystem and normalised package name; withdrawn advisories are left out. */
public final class InMemoryAdvisoryIndex implements AdvisoryIndex {

    private final Map<PackageQuery.PackageKey, List<OsvAdvisory>> byPackage = new HashMap<>();
    private final String source;
    private final int size;

    public InMemoryAdvisoryIndex(Collection<OsvAdvisory> advisories, String source) {
        this.source = source;
        int n = 0;
        for (OsvAdvisory a : advisories) {
            if (a.withdrawn() != null) {
                continue;
            }
            n++;
            for (PackageQuery.PackageKey key : keys(a)) {
                List<OsvAdvisory> list = byPackage.computeIfAbsent(key, k -> new ArrayList<>());
                if (!list.contains(a)) {
                    list.add(a);
                }
            }
        }
        this.size = n;
    }

    /** The packages an advisory names, in ecosystems this product knows. */
    public static List<PackageQuery.PackageKey> keys(OsvAdvisory a) {
        List<PackageQuery.PackageKey> keys = new ArrayList<>();
        for (OsvAdvisory.Affected affected : a.affected()) {
            if (affected.pkg() == null || affected.pkg().name() == null) {
                continue;
            }
            Ecosystem.fromOsv(affected.pkg().ecosystem()).ifPresent(e -> {
                PackageQuery.PackageKey k = new PackageQuery.PackageKey(e, e.normalize(affected.pkg().name()));
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            });
        }
        return keys;
    }

    @Override
    public Map<PackageQuery, List<OsvAdvisory>> lookup(Collection<PackageQuery> queries) {
        Map<PackageQuery, List<OsvAdvisory>> out = new LinkedHashMap<>();
        for (PackageQuery q : queries) {
            out.put(q, byPackage.getOrDefault(q.key(), List.of()));
        }
        return out;
    }

    public int size() {
        return size;
    }

    @Override
    public String describe() {
        return source;
    }
}
