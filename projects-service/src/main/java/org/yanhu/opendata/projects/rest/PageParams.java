package org.yanhu.opendata.projects.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.yanhu.opendata.api.paging.PageRequest;

/** The page size and cursor of every keyset-paged list. A limit above the maximum is refused, never clamped. */
public class PageParams {

    @QueryParam("limit")
    @DefaultValue("100")
    @Min(1)
    @Max(PageRequest.MAX_LIMIT)
    @Parameter(description = "Page size, 1 to 1000", example = "50")
    Integer limit;

    @QueryParam("cursor")
    @Parameter(description = "The page.next value of the previous page; absent for the first page",
            example = "WyJpZCIsImEtcHJvamVjdCJd")
    String cursor;

    public int limit() {
        return limit == null ? PageRequest.DEFAULT_LIMIT : limit;
    }

    public String cursor() {
        return cursor;
    }
}
