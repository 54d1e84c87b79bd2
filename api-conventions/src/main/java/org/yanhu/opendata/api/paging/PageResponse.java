package org.yanhu.opendata.api.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one shape of every list: the items and how to get the next page. */
public record PageResponse<T>(List<T> items, PageInfo page) {

    @Schema(name = "PageInfo")
    public record PageInfo(
            @Schema(description = "The page size used", example = "100") int limit,
            @Schema(description = "Opaque cursor for the next page; null on the last page", nullable = true,
                    example = "WyJHRFAiLCIyMDIzIl0") String next,
            @Schema(description = "Number of matching items, when cheap to count", nullable = true, example = "152")
            Long total) {
    }

    public static <T> PageResponse<T> of(List<T> items, int limit, String next, Long total) {
        return new PageResponse<>(items, new PageInfo(limit, next, total));
    }

    /** The envelope of a service's page, each item turned into its view. */
    public static <T, V> PageResponse<V> of(Page<T> page, java.util.function.Function<? super T, ? extends V> view) {
        return of(page.items().stream().<V>map(view).toList(), page.limit(), page.next(), page.total());
    }
}
