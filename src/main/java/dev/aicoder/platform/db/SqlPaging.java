package dev.aicoder.platform.db;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.aicoder.platform.web.Page;
import dev.aicoder.platform.web.PageParams;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/** One page of rows plus the total, with the reactive SQL client (the counterpart of {@link Paging}). */
public final class SqlPaging {

    private SqlPaging() {
    }

    /**
     * Runs {@code SELECT columns FROM table WHERE … ORDER BY orderBy LIMIT … OFFSET …} and the matching count.
     * {@code table} and {@code orderBy} are code constants, never user input; filter values are bound.
     */
    public static <T> Uni<Page<T>> page(Pool pool, String columns, String table, SqlWhere where, String orderBy,
            PageParams page, Function<Row, T> mapper) {
        int filters = where.size();
        String count = "SELECT count(*) FROM " + table + where.clause();
        String select = "SELECT " + columns + " FROM " + table + where.clause() + " ORDER BY " + orderBy
                + where.limitOffset(page.size(), page.offset());
        return pool.preparedQuery(select).execute(where.tuple())
                .flatMap(rows -> pool.preparedQuery(count).execute(where.filterTuple(filters)).map(total -> {
                    List<T> items = new ArrayList<>(rows.size());
                    rows.forEach(row -> items.add(mapper.apply(row)));
                    return Page.of(items, page, total.iterator().next().getLong(0));
                }));
    }
}
