package dev.aicoder.standards;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The standards profile each tenant chose per language, in PostgreSQL. */
public class ProfileStore {

    private final Pool pool;

    public ProfileStore(Pool pool) {
        this.pool = pool;
    }

    /** Language id → profile name. */
    public Uni<Map<String, String>> get(UUID tenantId) {
        return pool.preparedQuery("SELECT language, profile FROM tenant_standards_profile WHERE tenant_id = $1")
                .execute(Tuple.of(tenantId)).map(rows -> {
                    Map<String, String> out = new TreeMap<>();
                    rows.forEach(r -> out.put(r.getString("language"), r.getString("profile")));
                    return out;
                });
    }

    /** Replaces the tenant's whole choice in one transaction. */
    public Uni<Map<String, String>> replace(UUID tenantId, UUID userId, Map<String, String> choice) {
        return pool.withTransaction(c -> {
            Uni<?> chain = c.preparedQuery("DELETE FROM tenant_standards_profile WHERE tenant_id = $1")
                    .execute(Tuple.of(tenantId));
            if (!choice.isEmpty()) {
                List<Tuple> rows = new ArrayList<>();
                choice.forEach((language, profile) -> rows.add(Tuple.tuple(Arrays.asList(tenantId, language, profile,
                        userId))));
                chain = chain.flatMap(x -> c.preparedQuery("INSERT INTO tenant_standards_profile (tenant_id, "
                        + "language, profile, updated_by) VALUES ($1, $2, $3, $4)").executeBatch(rows));
            }
            return chain.replaceWithVoid();
        }).flatMap(x -> get(tenantId));
    }
}
