package org.yanhu.opendata.gateway.search;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.paging.PageResponse;

/** One ranked list over indicators, projects and pledges. */
@Schema(name = "SearchResults")
public record SearchResults(
        @Schema(description = "The query as received", example = "旅游") String query,
        @Schema(description = "Hits, best first") List<SearchHit> items,
        PageResponse.PageInfo page,
        @Schema(description = "Whether every source answered; false when some results may be missing")
        boolean complete,
        @Schema(description = "What each source contributed, or why it did not") List<SourceStatus> sources) {

    /** How one kind of thing was searched. */
    @Schema(name = "SearchSource")
    public record SourceStatus(
            @Schema(enumeration = {"indicator", "project", "pledge"}, example = "project") String type,
            @Schema(example = "projects") String service,
            @Schema(enumeration = {"ok", "unavailable"}, example = "ok") String status,
            @Schema(description = "Hits from this source", example = "3") int hits,
            @Schema(description = "Why the source is missing", nullable = true,
                    example = "The projects service did not answer within 10000 ms") String detail) {
    }
}
