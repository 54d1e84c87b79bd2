package org.yanhu.opendata.api.paging;

import java.util.List;
import java.util.function.Function;

/**
 * A page of domain values, as a service returns it: the items, the limit used, the cursor of the next
 * page (null on the last) and the total when it was cheap to count. rest/ turns it into the
 * {@link PageResponse} envelope with {@link PageResponse#of(Page, Function)}.
 */
public record Page<T>(List<T> items, int limit, String next, Long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** A whole list in one page: the short code lists. */
    public static <T> Page<T> whole(List<T> items) {
        return new Page<>(items, PageRequest.MAX_LIMIT, null, (long) items.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> view) {
        return new Page<>(items.stream().<R>map(view).toList(), limit, next, total);
    }
}
