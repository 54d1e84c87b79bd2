package org.yanhu.opendata.projects.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yanhu.opendata.api.csv.CsvFormat;
import org.yanhu.opendata.api.paging.PageRequest;
import org.yanhu.opendata.api.paging.PageResponse;
import org.yanhu.opendata.api.problem.Problem;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.projects.rest.view.Codes;
import org.yanhu.opendata.projects.rest.view.PledgeView;
import org.yanhu.opendata.projects.rest.view.ScorecardRow;
import org.yanhu.opendata.projects.service.CodeLists;
import org.yanhu.opendata.projects.service.PledgeFilter;
import org.yanhu.opendata.projects.service.PledgeQuery;
import org.yanhu.opendata.projects.service.PublishedDataVersion;

@Path("/api/v1/pledges")
@Tag(name = "Pledges", description = "Dated promises of the plans (incl. the 12 livelihood pledges of 2024), their "
        + "targets, the outcomes later reports state, and a derived status")
public class PledgeResource {

    @Inject
    PledgeQuery query;

    @Inject
    CodeLists codeLists;

    @Inject
    PublishedDataVersion dataVersion;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Operation(operationId = "listPledges", summary = "List pledges",
            description = "Ordered by id: plan year, the livelihood pledges by number, then the others. The status is "
                    + "the latest outcome's judgement; without an outcome, not_reported when a later document has "
                    + "reviewed the plan year (2024), in_progress otherwise (2026). Add format=csv for CSV.")
    @APIResponse(responseCode = "200", description = "A page of pledges",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PledgePage.class),
                    examples = @ExampleObject(name = "livelihood", value = ApiExamples.PLEDGE_PAGE)))
    @APIResponse(responseCode = "400", description = "An unknown status or sector, a malformed year, a bad limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "Neither JSON nor CSV accepted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<PledgeView> list(
            @Parameter(description = "Plan year", example = "2024",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1949", maximum = "2100"))
            @QueryParam("year") String year,
            @Parameter(description = "Derived status", example = "not_reported",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"met", "exceeded", "partly_met",
                            "different_scope", "in_progress", "not_reported"})) @QueryParam("status") String status,
            @Parameter(description = "A sector or a sector group (see /api/v1/sectors)", example = "social",
                    schema = @Schema(type = SchemaType.STRING)) @QueryParam("sector") String sector,
            @Parameter(description = "Only the livelihood pledges (true) or only the others (false)",
                    example = "true", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("livelihood") String livelihood,
            @Parameter(description = "Text search in the Chinese and English pledge texts", example = "养老")
            @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 1000", example = "50", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "1000", defaultValue = "100")) @QueryParam("limit") String limit,
            @Parameter(description = "The page.next value of the previous page", example = "WyIyMDI0LWxwLTEyIl0")
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        String statusCode = QueryValues.text(status);
        if (statusCode != null && !Codes.PLEDGE_STATUSES.containsKey(statusCode)) {
            throw ProblemException.unknownCode("status", statusCode, Codes.PLEDGE_STATUS_CODES);
        }
        PledgeFilter filter = new PledgeFilter(QueryValues.year("year", year), statusCode,
                codeLists.checkSector(QueryValues.text(sector)), QueryValues.bool("livelihood", livelihood),
                QueryValues.text(q));
        return query.list(dataVersion.current(), filter, page);
    }

    @GET
    @Path("/scorecard")
    @Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Operation(operationId = "pledgeScorecard", summary = "Count pledges by status for each plan year",
            description = "One row per plan year and status (zeros included), with how many of them are livelihood "
                    + "pledges. Optional filters narrow what is counted. Never paged.")
    @APIResponse(responseCode = "200", description = "The scorecard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScorecardPage.class),
                    examples = @ExampleObject(name = "scorecard", value = ApiExamples.SCORECARD)))
    @APIResponse(responseCode = "400", description = "An unknown sector or a malformed value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<ScorecardRow> scorecard(
            @Parameter(description = "Plan year", example = "2024",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1949", maximum = "2100"))
            @QueryParam("year") String year,
            @Parameter(description = "A sector or a sector group", example = "social",
                    schema = @Schema(type = SchemaType.STRING)) @QueryParam("sector") String sector,
            @Parameter(description = "Only the livelihood pledges (true) or only the others (false)",
                    example = "true", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("livelihood") String livelihood) {
        PledgeFilter filter = new PledgeFilter(QueryValues.year("year", year), null,
                codeLists.checkSector(QueryValues.text(sector)), QueryValues.bool("livelihood", livelihood), null);
        List<ScorecardRow> rows = query.scorecard(dataVersion.current(), filter);
        return PageResponse.of(rows, PageRequest.MAX_LIMIT, null, (long) rows.size());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPledge", summary = "One pledge",
            description = "Its text and quote, targets (as published and in base units), linked projects, outcomes "
                    + "with their quotes and judgements, and the derived status.")
    @APIResponse(responseCode = "200", description = "The pledge",
            content = @Content(schema = @Schema(implementation = PledgeView.class)))
    @APIResponse(responseCode = "404", description = "No pledge with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PledgeView get(@Parameter(description = "Pledge id", example = "2024-lp-01") @PathParam("id") String id) {
        return query.detail(dataVersion.current(), id);
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
