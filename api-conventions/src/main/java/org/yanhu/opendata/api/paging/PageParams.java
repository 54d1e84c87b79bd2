package org.yanhu.opendata.api.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters of every list, typed and validated where they arrive:
 * {@code list(@Valid @BeanParam PageParams page, ...)}. A limit above the maximum is refused, never
 * clamped, so that a client that asks for everything learns that it must page.
 */
public class PageParams {

    @QueryParam("limit")
    @Min(value = 1, message = "limit must be between 1 and " + PageRequest.MAX_LIMIT)
    @Max(value = PageRequest.MAX_LIMIT, message = "limit must be between 1 and " + PageRequest.MAX_LIMIT)
    @Parameter(description = "Page size, 1 to 1000 (default 100)", example = "100")
    Integer limit;

    @QueryParam("cursor")
    @Parameter(description = "The page.next value of the previous page")
    String cursor;

    /** The validated page; a cursor this API did not issue is a 400. */
    public PageRequest request() {
        return new PageRequest(limit == null ? PageRequest.DEFAULT_LIMIT : limit,
                cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor));
    }
}
