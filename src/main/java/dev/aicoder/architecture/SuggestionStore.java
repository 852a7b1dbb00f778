package dev.aicoder.architecture;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.platform.db.SqlPaging;
import dev.aicoder.platform.db.SqlWhere;
import dev.aicoder.platform.web.Page;
import dev.aicoder.platform.web.PageParams;
import dev.aicoder.scan.ScanJson;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/** Architecture suggestions and the decisions on them in PostgreSQL, always by tenant. */
public class SuggestionStore {

    static final String COLUMNS = "id, tenant_id, scan_id, key, rank, kind, target, title, content::text AS content, "
            + "status, reason, decided_by, decided_at, created_at";

    private final Pool pool;

    public SuggestionStore(Pool pool) {
        this.pool = pool;
    }

    /** A stored suggestion; {@code content} is the suggestion as the architecture report has it. */
    public record Stored(UUID id, UUID tenantId, UUID scanId, String key, int rank, String kind, String target,
            String title, String content, String status, String reason, UUID decidedBy, OffsetDateTime decidedAt,
            OffsetDateTime createdAt) {
    }

    /** Stores the report's suggestions once (a second call keeps ids and decisions) and returns them by rank. */
    public Uni<List<Stored>> ensure(UUID tenantId, UUID scanId, List<JsonNode> suggestions) {
        if (suggestions.isEmpty()) {
            return forScan(tenantId, scanId);
        }
        List<Tuple> rows = new ArrayList<>();
        for (JsonNode s : suggestions) {
            rows.add(Tuple.tuple(List.of(UUID.randomUUID(), tenantId, scanId, s.path("key").asText(),
                    s.path("rank").asInt(), s.path("kind").asText(), s.path("target").asText(""),
                    s.path("title").asText(""), s.toString())));
        }
        return pool.preparedQuery("INSERT INTO architecture_suggestion (id, tenant_id, scan_id, key, rank, kind, "
                + "target, title, content) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb) "
                + "ON CONFLICT (scan_id, key) DO NOTHING").executeBatch(rows)
                .flatMap(x -> forScan(tenantId, scanId));
    }

    public Uni<List<Stored>> forScan(UUID tenantId, UUID scanId) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM architecture_suggestion WHERE tenant_id = $1 AND "
                + "scan_id = $2 ORDER BY rank, key").execute(Tuple.of(tenantId, scanId)).map(SuggestionStore::all);
    }

    public Uni<Page<Stored>> list(UUID tenantId, String status, UUID scanId, PageParams page) {
        SqlWhere where = new SqlWhere().and("tenant_id = ?", tenantId).andIf(status != null, "status = ?", status)
                .andIf(scanId != null, "scan_id = ?", scanId);
        return SqlPaging.page(pool, COLUMNS, "architecture_suggestion", where, "created_at DESC, rank, id", page,
                SuggestionStore::map);
    }

    public Uni<Optional<Stored>> find(UUID tenantId, UUID id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM architecture_suggestion WHERE tenant_id = $1 AND "
                + "id = $2").execute(Tuple.of(tenantId, id)).map(rows -> all(rows).stream().findFirst());
    }

    /** Keeps a model's explanation in the stored suggestion, with the model that wrote it. */
    public Uni<Void> explained(UUID tenantId, UUID id, String explanation, String model) {
        return pool.preparedQuery("UPDATE architecture_suggestion SET content = content || jsonb_build_object("
                + "'explanation', $3::text, 'explanation_by', $4::text) WHERE tenant_id = $1 AND id = $2")
                .execute(Tuple.of(tenantId, id, explanation, model)).replaceWithVoid();
    }

    /** Records a decision; empty when the suggestion is not the tenant's. */
    public Uni<Optional<Stored>> decide(UUID tenantId, UUID id, String status, UUID userId, String reason) {
        return pool.preparedQuery("UPDATE architecture_suggestion SET status = $3, decided_by = $4, reason = $5, "
                + "decided_at = now() WHERE tenant_id = $1 AND id = $2 RETURNING " + COLUMNS)
                .execute(Tuple.of(tenantId, id, status, userId, reason)).map(rows -> all(rows).stream().findFirst());
    }

    private static List<Stored> all(RowSet<Row> rows) {
        List<Stored> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(map(r)));
        return out;
    }

    static Stored map(Row r) {
        return new Stored(r.getUUID("id"), r.getUUID("tenant_id"), r.getUUID("scan_id"), r.getString("key"),
                r.getInteger("rank"), r.getString("kind"), r.getString("target"), r.getString("title"),
                r.getString("content"), r.getString("status"), r.getString("reason"), r.getUUID("decided_by"),
                r.getOffsetDateTime("decided_at"), r.getOffsetDateTime("created_at"));
    }

    static JsonNode json(String text) {
        try {
            return ScanJson.mapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored suggestion is not JSON", e);
        }
    }
}
