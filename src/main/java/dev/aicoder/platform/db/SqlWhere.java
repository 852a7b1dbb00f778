package dev.aicoder.platform.db;

import java.util.ArrayList;
import java.util.List;

import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Builds a WHERE clause for the reactive SQL client from optional filters, numbering the placeholders:
 * {@code new SqlWhere().and("tenant_id = ?", tenant).andIf(type != null, "type = ?", type)}. Values are always
 * bound, never spliced into the SQL.
 */
public final class SqlWhere {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** Adds a condition with exactly one {@code ?} placeholder for {@code value}. */
    public SqlWhere and(String condition, Object value) {
        int at = condition.indexOf('?');
        if (at < 0 || condition.indexOf('?', at + 1) >= 0) {
            throw new IllegalArgumentException("condition needs exactly one placeholder: " + condition);
        }
        values.add(value);
        conditions.add(condition.substring(0, at) + "$" + values.size() + condition.substring(at + 1));
        return this;
    }

    /** Adds a condition without a value, e.g. {@code "tenant_id IS NULL"}. */
    public SqlWhere and(String condition) {
        conditions.add(condition);
        return this;
    }

    public SqlWhere andIf(boolean present, String condition, Object value) {
        return present ? and(condition, value) : this;
    }

    /** {@code " WHERE a AND b"}, or an empty string without conditions. */
    public String clause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** {@code " LIMIT $n OFFSET $m"} with the values bound after the filters'. */
    public String limitOffset(int limit, int offset) {
        return " LIMIT " + placeholder(limit) + " OFFSET " + placeholder(offset);
    }

    private String placeholder(Object value) {
        values.add(value);
        return "$" + values.size();
    }

    /** The bound values; call after {@link #limitOffset} when paging. */
    public Tuple tuple() {
        return Tuple.from(new ArrayList<>(values));
    }

    /** The bound values of the filters only (for a count query built before {@link #limitOffset}). */
    public Tuple filterTuple(int filterCount) {
        return Tuple.from(new ArrayList<>(values.subList(0, filterCount)));
    }

    public int size() {
        return values.size();
    }
}
