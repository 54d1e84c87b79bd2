package org.yanhu.opendata.projects.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yanhu.opendata.api.caching.DataVersionTable;
import org.yanhu.opendata.api.csv.CsvFormat;
import org.yanhu.opendata.api.paging.Page;
import org.yanhu.opendata.api.paging.PageParams;
import org.yanhu.opendata.api.paging.PageRequest;
import org.yanhu.opendata.api.paging.PageResponse;
import org.yanhu.opendata.api.problem.ProblemResponses;
import org.yanhu.opendata.projects.rest.mapping.PledgeViews;
import org.yanhu.opendata.projects.rest.paging.KeysetCursors;
import org.yanhu.opendata.projects.rest.view.PledgeView;
import org.yanhu.opendata.projects.rest.view.ScorecardRow;
import org.yanhu.opendata.projects.service.CodeListCache;
import org.yanhu.opendata.projects.service.PledgeQuery;
import org.yanhu.opendata.projects.service.Slice;

@Path("/api/v1/pledges")
@Tag(name = "Pledges", description = "Dated promises of the plans (incl. the 12 livelihood pledges of 2024), their "
        + "targets, the outcomes later reports state, and a derived status")
@Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
public class PledgeResource {

    @Inject
    PledgeQuery query;

    @Inject
    CodeListCache codeLists;

    @Inject
    DataVersionTable dataVersion;

    @GET
    @Operation(operationId = "listPledges", summary = "List pledges",
            description = """
                    Ordered by id: plan year, the livelihood pledges by number, then the others. The status is \
                    the latest outcome's judgement; without an outcome, not_reported when a later document has \
                    reviewed the plan year (2024), in_progress otherwise (2026). Add format=csv for CSV.""")
    @APIResponse(responseCode = "200", description = "A page of pledges",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PledgePage.class),
                    examples = @ExampleObject(name = "livelihood", value = ApiExamples.PLEDGE_PAGE)))
    public PageResponse<PledgeView> list(@Valid @BeanParam PledgeListParams params, @Valid @BeanParam PageParams page) {
        PageRequest request = page.request();
        Slice<PledgeQuery.PledgeRecord, String> slice = query.page(dataVersion.current(),
                params.filter(codeLists.current()), KeysetCursors.pledgeAfter(request.cursor()), request.limit());
        return PageResponse.of(slice.items().stream().map(PledgeViews::pledge).toList(), request.limit(),
                slice.next() == null ? null : KeysetCursors.ofPledge(slice.next()), slice.total());
    }

    @GET
    @Path("/scorecard")
    @Operation(operationId = "pledgeScorecard", summary = "Count pledges by status for each plan year",
            description = """
                    One row per plan year and status (zeros included), with how many of them are livelihood \
                    pledges. Optional filters narrow what is counted. Never paged.""")
    @APIResponse(responseCode = "200", description = "The scorecard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScorecardPage.class),
                    examples = @ExampleObject(name = "scorecard", value = ApiExamples.SCORECARD)))
    public PageResponse<ScorecardRow> scorecard(@Valid @BeanParam PledgeParams params) {
        return PageResponse.of(Page.whole(query.scorecard(dataVersion.current(), params.filter(codeLists.current()))),
                PledgeViews::scorecard);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPledge", summary = "One pledge",
            description = """
                    Its text and quote, targets (as published and in base units), linked projects, outcomes \
                    with their quotes and judgements, and the derived status.""")
    @APIResponse(responseCode = "200", description = "The pledge",
            content = @Content(schema = @Schema(implementation = PledgeView.class)))
    @APIResponse(responseCode = "406", ref = ProblemResponses.NOT_ACCEPTABLE)
    public PledgeView get(@Parameter(description = "Pledge id", example = "2024-lp-01") @PathParam("id") String id) {
        return PledgeViews.pledge(query.find(dataVersion.current(), id));
    }

    /** The OpenAPI shape of a page of pledges. */
    @Schema(name = "PledgePage")
    public record PledgePage(List<PledgeView> items, PageResponse.PageInfo page) {
    }

    /** The OpenAPI shape of the scorecard. */
    @Schema(name = "PledgeScorecard")
    public record ScorecardPage(List<ScorecardRow> items, PageResponse.PageInfo page) {
    }
}
