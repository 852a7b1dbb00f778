package dev.aicoder.llm;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.aicoder.platform.error.ApiException;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The usage and cost ledger: one row per provider attempt or cache hit, summed on request. */
@ApplicationScoped
public class UsageLedger {

    static final Duration DB_WAIT = Duration.ofSeconds(30);
    private static final Map<String, String> GROUPS = Map.of("model", "model", "provider", "provider", "task", "task",
            "user", "COALESCE(user_id::text, '')", "repository", "repository", "outcome", "outcome",
            "day", "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')");

    private final Pool pool;

    public UsageLedger(Pool pool) {
        this.pool = pool;
    }

    /** One attempt: {@code outcome} is ok, cached, rate_limited, server_error, timeout, invalid_output, ... */
    public record Entry(CallContext ctx, ModelSpec model, int promptTokens, int completionTokens, BigDecimal cost,
            long latencyMs, String outcome, String error) {
    }

    void record(Entry e) {
        pool.preparedQuery("""
                INSERT INTO llm_usage (tenant_id, user_id, repository, task, provider, model, prompt_tokens,
                    completion_tokens, cost_usd, latency_ms, outcome, error)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)""")
                .execute(Tuple.tuple().addValue(e.ctx().tenantId()).addValue(e.ctx().userId())
                        .addValue(e.ctx().repository()).addValue(e.ctx().task()).addValue(e.model().provider())
                        .addValue(e.model().id()).addValue(e.promptTokens()).addValue(e.completionTokens())
                        .addValue(e.cost()).addValue((int) Math.min(Integer.MAX_VALUE, e.latencyMs()))
                        .addValue(e.outcome()).addValue(e.error() == null ? null : truncate(e.error(), 300)))
                .await().atMost(DB_WAIT);
    }

    /** A group of ledger rows. */
    public record UsageRow(String key, long calls, long promptTokens, long completionTokens, BigDecimal costUsd,
            long avgLatencyMs, long failures, long cached) {
    }

    public List<UsageRow> summarise(java.util.UUID tenantId, String groupBy, LocalDate from, LocalDate to) {
        String expr = GROUPS.get(groupBy == null ? "model" : groupBy);
        if (expr == null) {
            throw ApiException.badRequest("invalid-group-by", "group_by must be one of " + GROUPS.keySet());
        }
        OffsetDateTime start = (from == null ? LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1) : from)
                .atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime end = (to == null ? LocalDate.now(ZoneOffset.UTC) : to).plusDays(1).atStartOfDay()
                .atOffset(ZoneOffset.UTC);
        if (!end.isAfter(start)) {
            throw ApiException.badRequest("invalid-date-range", "from must not be after to");
        }
        List<UsageRow> out = new ArrayList<>();
        for (Row r : pool.preparedQuery("SELECT " + expr + " AS k, count(*) AS calls, sum(prompt_tokens) AS p, "
                + "sum(completion_tokens) AS c, sum(cost_usd) AS cost, avg(latency_ms) AS lat, "
                + "count(*) FILTER (WHERE outcome NOT IN ('ok', 'cached')) AS failures, "
                + "count(*) FILTER (WHERE outcome = 'cached') AS cached FROM llm_usage "
                + "WHERE tenant_id = $1 AND created_at >= $2 AND created_at < $3 GROUP BY 1 ORDER BY 1")
                .execute(Tuple.of(tenantId, start, end)).await().atMost(DB_WAIT)) {
            out.add(new UsageRow(r.getString("k"), r.getLong("calls"), r.getLong("p"), r.getLong("c"),
                    r.getBigDecimal("cost"), Math.round(r.getBigDecimal("lat").doubleValue()), r.getLong("failures"),
                    r.getLong("cached")));
        }
        return out;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
