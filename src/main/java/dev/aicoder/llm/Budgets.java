package dev.aicoder.llm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.aicoder.platform.error.ApiException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Daily and monthly spending limits per tenant and per repository. Before a call, its estimated cost is reserved
 * against every budget that applies, in one transaction whose conditional UPDATEs take row locks, so concurrent
 * calls cannot together pass a limit; after the call the reservation is settled to the actual cost.
 */
@ApplicationScoped
public class Budgets {

    private final Pool pool;

    public Budgets(Pool pool) {
        this.pool = pool;
    }

    /** A budget with what has been spent (settled plus reserved) in its current period. */
    public record Budget(String repository, String period, BigDecimal limitUsd, BigDecimal spentUsd) {
    }

    /** What a call holds until it is settled. */
    public record Reservation(UUID tenantId, List<Budget> budgets, LocalDate day, BigDecimal amount) {
        static Reservation none(UUID tenantId) {
            return new Reservation(tenantId, List.of(), null, BigDecimal.ZERO);
        }
    }

    public List<Budget> list(UUID tenantId) {
        LocalDate today = today();
        List<Budget> out = new ArrayList<>();
        for (Row r : pool.preparedQuery("""
                SELECT b.repository, b.period, b.limit_usd, COALESCE(s.amount_usd, 0) AS spent FROM llm_budget b
                LEFT JOIN llm_spend s ON s.tenant_id = b.tenant_id AND s.repository = b.repository
                    AND s.period = b.period
                    AND s.period_start = CASE b.period WHEN 'daily' THEN $2::date ELSE $3::date END
                WHERE b.tenant_id = $1 ORDER BY b.repository, b.period""")
                .execute(Tuple.of(tenantId, today, today.withDayOfMonth(1))).await().atMost(UsageLedger.DB_WAIT)) {
            out.add(new Budget(r.getString("repository"), r.getString("period"), r.getBigDecimal("limit_usd"),
                    r.getBigDecimal("spent")));
        }
        return out;
    }

    public void set(UUID tenantId, String repository, String period, BigDecimal limit) {
        if (!"daily".equals(period) && !"monthly".equals(period)) {
            throw ApiException.unprocessable("invalid-period", "period must be daily or monthly");
        }
        if (limit == null || limit.signum() < 0) {
            throw ApiException.unprocessable("invalid-limit", "limit_usd must be zero or more");
        }
        pool.preparedQuery("""
                INSERT INTO llm_budget (tenant_id, repository, period, limit_usd) VALUES ($1, $2, $3, $4)
                ON CONFLICT (tenant_id, repository, period) DO UPDATE SET limit_usd = EXCLUDED.limit_usd,
                    updated_at = now()""")
                .execute(Tuple.of(tenantId, repository == null ? "" : repository, period, limit))
                .await().atMost(UsageLedger.DB_WAIT);
    }

    public boolean delete(UUID tenantId, String repository, String period) {
        return pool.preparedQuery("DELETE FROM llm_budget WHERE tenant_id = $1 AND repository = $2 AND period = $3")
                .execute(Tuple.of(tenantId, repository == null ? "" : repository, period))
                .await().atMost(UsageLedger.DB_WAIT).rowCount() > 0;
    }

    /** Reserves {@code amount} against every budget of the tenant and the call's repository, or throws. */
    Reservation reserve(CallContext ctx, BigDecimal amount) {
        List<Budget> budgets = list(ctx.tenantId()).stream()
                .filter(b -> b.repository().isEmpty() || b.repository().equals(ctx.repository())).toList();
        if (budgets.isEmpty()) {
            return Reservation.none(ctx.tenantId());
        }
        LocalDate day = today();
        pool.withTransaction(conn -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Budget b : budgets) {
                chain = chain.chain(() -> reserveOne(conn, ctx.tenantId(), b, day, amount));
            }
            return chain;
        }).await().atMost(UsageLedger.DB_WAIT);
        return new Reservation(ctx.tenantId(), budgets, day, amount);
    }

    private static Uni<Void> reserveOne(SqlConnection conn, UUID tenantId, Budget b, LocalDate day, BigDecimal amount) {
        LocalDate start = periodStart(b.period(), day);
        return conn.preparedQuery("""
                INSERT INTO llm_spend (tenant_id, repository, period, period_start) VALUES ($1, $2, $3, $4)
                ON CONFLICT DO NOTHING""").execute(Tuple.of(tenantId, b.repository(), b.period(), start))
                .chain(() -> conn.preparedQuery("""
                        UPDATE llm_spend s SET amount_usd = s.amount_usd + $5 FROM llm_budget b
                        WHERE s.tenant_id = $1 AND s.repository = $2 AND s.period = $3 AND s.period_start = $4
                          AND b.tenant_id = s.tenant_id AND b.repository = s.repository AND b.period = s.period
                          AND s.amount_usd + $5 <= b.limit_usd""")
                        .execute(Tuple.of(tenantId, b.repository(), b.period(), start, amount)))
                .invoke(rows -> {
                    if (rows.rowCount() == 0) {
                        throw new BudgetExceededException("The " + b.period() + " budget of "
                                + (b.repository().isEmpty() ? "the tenant" : "repository " + b.repository())
                                + " (" + b.limitUsd().stripTrailingZeros().toPlainString()
                                + " USD) would be exceeded");
                    }
                }).replaceWithVoid();
    }

    /** Replaces the reservation by the actual cost (zero when the call failed before any tokens were billed). */
    void settle(Reservation r, BigDecimal actual) {
        if (r.budgets().isEmpty()) {
            return;
        }
        BigDecimal delta = actual.subtract(r.amount());
        pool.withTransaction(conn -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Budget b : r.budgets()) {
                chain = chain.chain(() -> conn.preparedQuery("""
                        UPDATE llm_spend SET amount_usd = GREATEST(0, amount_usd + $5)
                        WHERE tenant_id = $1 AND repository = $2 AND period = $3 AND period_start = $4""")
                        .execute(Tuple.of(r.tenantId(), b.repository(), b.period(), periodStart(b.period(), r.day()),
                                delta))
                        .replaceWithVoid());
            }
            return chain;
        }).await().atMost(UsageLedger.DB_WAIT);
    }

    private static LocalDate periodStart(String period, LocalDate day) {
        return "daily".equals(period) ? day : day.withDayOfMonth(1);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
