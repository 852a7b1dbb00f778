package dev.aicoder.monitor;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.aicoder.platform.db.SqlPaging;
import dev.aicoder.platform.db.SqlWhere;
import dev.aicoder.platform.web.Page;
import dev.aicoder.platform.web.PageParams;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/** Reads the audit log of one tenant, newest first. */
@ApplicationScoped
public class AuditQueries {

    static final String COLUMNS = "id, tenant_id, actor_id, actor, action, target, outcome, details, at";

    private final Pool pool;

    public AuditQueries(Pool pool) {
        this.pool = pool;
    }

    /**
     * @param unattributed also return entries without a tenant (e.g. failed logins for unknown emails)
     * @param action exact action, or a prefix when it ends with {@code *} ({@code user.*})
     */
    public Uni<Page<AuditView>> list(UUID tenantId, boolean unattributed, Filter filter, PageParams page) {
        SqlWhere where = new SqlWhere().and(unattributed ? "(tenant_id = ? OR tenant_id IS NULL)" : "tenant_id = ?",
                tenantId);
        if (filter.action() != null && filter.action().endsWith("*")) {
            String prefix = filter.action().substring(0, filter.action().length() - 1)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            where.and("action LIKE ?", prefix + "%");
        } else if (filter.action() != null) {
            where.and("action = ?", filter.action());
        }
        where.andIf(filter.actor() != null, "lower(actor) = lower(?)", filter.actor())
                .andIf(filter.outcome() != null, "outcome = ?", filter.outcome())
                .andIf(filter.target() != null, "target = ?", filter.target())
                .andIf(filter.from() != null, "at >= ?", filter.from())
                .andIf(filter.to() != null, "at < ?", filter.to());
        return SqlPaging.page(pool, COLUMNS, "audit_log", where, "at DESC, id", page, AuditQueries::view);
    }

    private static AuditView view(Row row) {
        Object details = row.getValue("details");
        Map<String, Object> map = details instanceof io.vertx.core.json.JsonObject json ? json.getMap() : Map.of();
        return new AuditView(row.getUUID("id"), row.getUUID("tenant_id"), row.getOffsetDateTime("at"),
                row.getUUID("actor_id"), row.getString("actor"), row.getString("action"), row.getString("target"),
                row.getString("outcome"), map);
    }

    /** Optional filters; {@code null} means any. */
    public record Filter(String action, String actor, String outcome, String target, OffsetDateTime from,
            OffsetDateTime to) {
    }

    public record AuditView(UUID id, UUID tenantId, OffsetDateTime at, UUID actorId, String actor, String action,
            String target, String outcome, Map<String, Object> details) {
    }
}
