package org.yanhu.opendata.projects.service;

import java.util.List;

/**
 * One page of a keyset-ordered list: the items, the key to continue after (null on the last page), and
 * the number of matches when it was cheap to count (null otherwise).
 */
public record Slice<T, K>(List<T> items, K next, Long total) {

    /** Cuts the one row fetched beyond the limit, which tells that a next page exists. */
    public static <T, K> Slice<T, K> of(List<T> rows, int limit, java.util.function.Function<T, K> keyOf, Long total) {
        if (rows.size() <= limit) {
            return new Slice<>(List.copyOf(rows), null, total);
        }
        List<T> page = List.copyOf(rows.subList(0, limit));
        return new Slice<>(page, keyOf.apply(page.get(limit - 1)), total);
    }

    public <U> Slice<U, K> map(java.util.function.Function<T, U> mapper) {
        return new Slice<>(items.stream().map(mapper).toList(), next, total);
    }
}
