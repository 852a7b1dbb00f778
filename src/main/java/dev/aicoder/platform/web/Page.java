package dev.aicoder.platform.web;

import java.util.List;
import java.util.function.Function;

/** One page of a listing, with what a client needs to fetch the next one. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <T> Page<T> of(List<T> items, PageParams params, long total) {
        return new Page<>(items, params.page(), params.size(), total);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
