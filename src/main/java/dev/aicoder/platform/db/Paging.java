package dev.aicoder.platform.db;

import java.util.function.Function;

import dev.aicoder.platform.web.Page;
import dev.aicoder.platform.web.PageParams;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;

/** Runs a Panache query as one page plus its total, mapping entities to views. Call inside a session. */
public final class Paging {

    private Paging() {
    }

    public static <E, V> Uni<Page<V>> page(PanacheQuery<E> query, PageParams params, Function<E, V> toView) {
        return query.page(params.page(), params.size()).list()
                .flatMap(rows -> query.count()
                        .map(total -> Page.of(rows.stream().map(toView).toList(), params, total)));
    }
}
