package dev.aicoder.standards;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/** Tenants' rule packs in PostgreSQL, always by tenant. */
public class RulePackStore {

    private static final String COLUMNS = "id, tenant_id, name, language, rule_ids, content, sha256, created_by, "
            + "created_at";

    private final Pool pool;

    public RulePackStore(Pool pool) {
        this.pool = pool;
    }

    /** A stored pack: {@code content} is the YAML as uploaded. */
    public record Pack(UUID id, UUID tenantId, String name, String language, List<String> ruleIds, String content,
            String sha256, UUID createdBy, OffsetDateTime createdAt) {
    }

    public Uni<Pack> insert(Pack p) {
        Tuple values = Tuple.tuple(Arrays.asList(p.id(), p.tenantId(), p.name(),
                p.language() == null ? "" : p.language(), p.ruleIds().toArray(String[]::new), p.content(), p.sha256(),
                p.createdBy()));
        return pool.preparedQuery("INSERT INTO tenant_rule_pack (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6, "
                + "$7, $8, now()) RETURNING " + COLUMNS).execute(values).map(rows -> all(rows).get(0));
    }

    public Uni<List<Pack>> list(UUID tenantId) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM tenant_rule_pack WHERE tenant_id = $1 ORDER BY name")
                .execute(Tuple.of(tenantId)).map(RulePackStore::all);
    }

    public Uni<List<Pack>> find(UUID tenantId, UUID id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM tenant_rule_pack WHERE tenant_id = $1 AND id = $2")
                .execute(Tuple.of(tenantId, id)).map(RulePackStore::all);
    }

    /** True when the pack existed in the tenant and was deleted. */
    public Uni<Boolean> delete(UUID tenantId, UUID id) {
        return pool.preparedQuery("DELETE FROM tenant_rule_pack WHERE tenant_id = $1 AND id = $2")
                .execute(Tuple.of(tenantId, id)).map(rows -> rows.rowCount() > 0);
    }

    private static List<Pack> all(RowSet<Row> rows) {
        List<Pack> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            String language = r.getString("language");
            out.add(new Pack(r.getUUID("id"), r.getUUID("tenant_id"), r.getString("name"),
                    language == null || language.isEmpty() ? null : language,
                    Arrays.asList(r.getArrayOfStrings("rule_ids")), r.getString("content"), r.getString("sha256"),
                    r.getUUID("created_by"), r.getOffsetDateTime("created_at")));
        }
        return out;
    }
}
