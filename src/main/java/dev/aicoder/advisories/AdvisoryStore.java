package dev.aicoder.advisories;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.aicoder.analysis.security.deps.Ecosystem;
import dev.aicoder.analysis.security.deps.osv.InMemoryAdvisoryIndex;
import dev.aicoder.analysis.security.deps.osv.OsvAdvisory;
import dev.aicoder.analysis.security.deps.osv.OsvFiles;
import dev.aicoder.analysis.security.deps.osv.PackageQuery.PackageKey;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * OSV advisories in PostgreSQL. Writes are batched upserts that keep the newer {@code modified} of an advisory;
 * reads fetch every advisory of a set of packages in one query. Plain Java over the reactive pool.
 */
public final class AdvisoryStore {

    private static final String UPSERT = """
            INSERT INTO osv_advisory AS a (id, modified, withdrawn, summary, document, imported_at)
            SELECT t.id, t.modified, t.withdrawn, t.summary, t.document::jsonb, now()
            FROM unnest($1::varchar[], $2::timestamptz[], $3::timestamptz[], $4::text[], $5::text[])
                AS t(id, modified, withdrawn, summary, document)
            ON CONFLICT (id) DO UPDATE SET modified = EXCLUDED.modified, withdrawn = EXCLUDED.withdrawn,
                summary = EXCLUDED.summary, document = EXCLUDED.document, imported_at = now()
            WHERE a.modified < EXCLUDED.modified
            RETURNING a.id""";
    private static final String DELETE_PACKAGES = "DELETE FROM osv_affected_package WHERE advisory_id = ANY($1)";
    private static final String INSERT_PACKAGES = """
            INSERT INTO osv_affected_package (ecosystem, name, advisory_id)
            SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[]) ON CONFLICT DO NOTHING""";
    private static final String FIND = """
            SELECT p.ecosystem, p.name, a.document::text AS document
            FROM unnest($1::varchar[], $2::varchar[]) AS q(ecosystem, name)
            JOIN osv_affected_package p ON p.ecosystem = q.ecosystem AND p.name = q.name
            JOIN osv_advisory a ON a.id = p.advisory_id
            WHERE a.withdrawn IS NULL""";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Pool pool;

    public AdvisoryStore(Pool pool) {
        this.pool = pool;
    }

    /**
     * Stores a batch in one transaction; answers how many advisories were new or newer than the stored copy. An
     * advisory whose dates cannot be read counts as invalid and is skipped.
     */
    public Uni<Integer> upsert(List<OsvFiles.Parsed> batch) {
        Map<String, OsvFiles.Parsed> newest = new LinkedHashMap<>();
        for (OsvFiles.Parsed p : batch) {
            if (time(p.advisory().modified()) != null) {
                newest.merge(p.advisory().id(), p, (a, b) -> time(a.advisory().modified())
                        .isBefore(time(b.advisory().modified())) ? b : a);
            }
        }
        if (newest.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<OsvFiles.Parsed> rows = new ArrayList<>(newest.values());
        Tuple args = Tuple.of(rows.stream().map(p -> p.advisory().id()).toArray(String[]::new),
                rows.stream().map(p -> time(p.advisory().modified())).toArray(OffsetDateTime[]::new),
                rows.stream().map(p -> time(p.advisory().withdrawn())).toArray(OffsetDateTime[]::new),
                rows.stream().map(p -> p.advisory().summary()).toArray(String[]::new),
                rows.stream().map(OsvFiles.Parsed::json).toArray(String[]::new));
        return pool.withTransaction(conn -> conn.preparedQuery(UPSERT).execute(args).flatMap(changed -> {
            List<String> ids = new ArrayList<>();
            changed.forEach(r -> ids.add(r.getString("id")));
            if (ids.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            List<String[]> packages = new ArrayList<>();
            for (String id : ids) {
                for (PackageKey k : InMemoryAdvisoryIndex.keys(newest.get(id).advisory())) {
                    packages.add(new String[] {k.ecosystem().osvName(), k.name(), id});
                }
            }
            Tuple pkgArgs = Tuple.of(packages.stream().map(p -> p[0]).toArray(String[]::new),
                    packages.stream().map(p -> p[1]).toArray(String[]::new),
                    packages.stream().map(p -> p[2]).toArray(String[]::new));
            return conn.preparedQuery(DELETE_PACKAGES).execute(Tuple.of(ids.toArray(String[]::new)))
                    .flatMap(x -> conn.preparedQuery(INSERT_PACKAGES).execute(pkgArgs)).map(x -> ids.size());
        }));
    }

    /** Every stored, non-withdrawn advisory naming one of the packages. */
    public Uni<Map<PackageKey, List<OsvAdvisory>>> find(Collection<PackageKey> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<PackageKey> list = new ArrayList<>(keys);
        Tuple args = Tuple.of(list.stream().map(k -> k.ecosystem().osvName()).toArray(String[]::new),
                list.stream().map(PackageKey::name).toArray(String[]::new));
        return pool.preparedQuery(FIND).execute(args).map(rows -> {
            Map<PackageKey, List<OsvAdvisory>> out = new HashMap<>();
            for (Row r : rows) {
                Ecosystem e = Ecosystem.fromOsv(r.getString("ecosystem")).orElseThrow();
                out.computeIfAbsent(new PackageKey(e, r.getString("name")), k -> new ArrayList<>())
                        .add(parse(r.getString("document")));
            }
            return out;
        });
    }

    /** The stored OSV document, as imported. */
    public Uni<Optional<String>> document(String id) {
        return pool.preparedQuery("SELECT document::text AS d FROM osv_advisory WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty()
                        : Optional.of(rows.iterator().next().getString("d")));
    }

    private static OsvAdvisory parse(String json) {
        try {
            return JSON.readValue(json, OsvAdvisory.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored advisory no longer parses", e);
        }
    }

    static OffsetDateTime time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
