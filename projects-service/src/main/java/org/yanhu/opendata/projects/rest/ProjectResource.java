package org.yanhu.opendata.projects.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
import org.yanhu.opendata.projects.rest.mapping.ProjectViews;
import org.yanhu.opendata.projects.rest.paging.KeysetCursors;
import org.yanhu.opendata.projects.rest.view.ProjectDetail;
import org.yanhu.opendata.projects.rest.view.ProjectSummary;
import org.yanhu.opendata.projects.rest.view.ReleaseView;
import org.yanhu.opendata.projects.rest.view.StatsRow;
import org.yanhu.opendata.projects.service.CodeListCache;
import org.yanhu.opendata.projects.service.ProjectHistoryQuery;
import org.yanhu.opendata.projects.service.ProjectListQuery;
import org.yanhu.opendata.projects.service.ProjectRecordQuery;
import org.yanhu.opendata.projects.service.ProjectSort;
import org.yanhu.opendata.projects.service.ProjectStatsQuery;
import org.yanhu.opendata.projects.service.Slice;
import org.yanhu.opendata.projects.service.StatsDimension;

@Path("/api/v1/projects")
@Tag(name = "Projects", description = "Projects, facilities and programmes named in the reports, each status with "
        + "its source and quote, compiled from immutable releases")
@Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
public class ProjectResource {

    static final String ETAG_EXAMPLE = "\"r2-3f2a9c0d4b5e6f70\"";

    @Inject
    ProjectListQuery lists;

    @Inject
    ProjectStatsQuery stats;

    @Inject
    ProjectRecordQuery records;

    @Inject
    ProjectHistoryQuery histories;

    @Inject
    CodeListCache codeLists;

    @Inject
    DataVersionTable dataVersion;

    @Inject
    ProjectEtags etags;

    @Inject
    ProjectPreconditions preconditions;

    @GET
    @Operation(operationId = "listProjects", summary = "List projects",
            description = """
                    Filters combine with AND. sector takes a sector or a group (energy includes energy.solar). \
                    Keyset paging: follow page.next (or the Link header) to the last page; there is no page cap. \
                    Add format=csv (or Accept: text/csv) for CSV.""")
    @APIResponse(responseCode = "200", description = "A page of projects",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectPage.class),
                    examples = @ExampleObject(name = "solar", value = ApiExamples.PROJECT_PAGE)))
    public PageResponse<ProjectSummary> list(@Valid @BeanParam ProjectParams params, @Valid @BeanParam PageParams page,
            @Parameter(description = "Order: id (default), year, -year (newest first), -updated (latest release first)")
            @QueryParam("sort") @DefaultValue("id") ProjectSort sort) {
        ProjectSort order = sort == null ? ProjectSort.ID : sort;
        PageRequest request = page.request();
        Slice<ProjectListQuery.Item, ProjectSort.Key> slice = lists.page(dataVersion.current(),
                params.filter(codeLists.current()), order, KeysetCursors.projectAfter(request.cursor(), order),
                request.limit());
        return PageResponse.of(slice.items().stream().map(ProjectViews::summary).toList(), request.limit(),
                slice.next() == null ? null : KeysetCursors.ofProject(order, slice.next()), slice.total());
    }

    @GET
    @Path("/stats")
    @Operation(operationId = "projectStats", summary = "Count projects by sector group, sector, status and year",
            description = """
                    One row per bar of a chart. Takes the same filters as the list; by picks one dimension. \
                    Every sector and status appears, with zero where no project has it. Never paged.""")
    @APIResponse(responseCode = "200", description = "Counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatsPage.class),
                    examples = @ExampleObject(name = "stats", value = ApiExamples.STATS)))
    public PageResponse<StatsRow> stats(@Valid @BeanParam ProjectParams params,
            @Parameter(description = "Only this dimension", example = "sector") @QueryParam("by") StatsDimension by) {
        return PageResponse.of(Page.whole(stats.counts(dataVersion.current(), params.filter(codeLists.current()), by)),
                ProjectViews::count);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProject", summary = "A project's current record",
            description = """
                    Compiled from the project's releases: names, description, sector, current status, metrics \
                    (as published and in base units), location, the status timeline and related pledges. The strong \
                    ETag identifies this revision; send it as If-Match when you write.""")
    @APIResponse(responseCode = "200", description = "The project",
            headers = @Header(name = "ETag", description = "Strong ETag of this revision",
                    schema = @Schema(type = SchemaType.STRING, example = ETAG_EXAMPLE)),
            content = @Content(schema = @Schema(implementation = ProjectDetail.class),
                    examples = @ExampleObject(name = "project", value = ApiExamples.PROJECT)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current ETag")
    @APIResponse(responseCode = "406", ref = ProblemResponses.NOT_ACCEPTABLE)
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER,
            schema = @Schema(type = SchemaType.STRING), example = ETAG_EXAMPLE,
            description = "An ETag you hold; a match gets 304")
    public Response get(@Parameter(description = "Project id (slug)", example = ApiExamples.PROJECT_ID)
            @PathParam("id") String id, @Context HttpHeaders headers) {
        ProjectDetail detail = ProjectViews.detail(records.find(id));
        String etag = etags.of(detail);
        return preconditions.notModified(headers, etag)
                .orElseGet(() -> Response.ok(detail).header(HttpHeaders.ETAG, etag).build());
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "listProjectReleases", summary = "A project's releases, oldest first",
            description = """
                    Every registration, status claim and correction, in (date, sequence) order: the date is \
                    the source's publication date for a status claim, else the day it was recorded; the sequence \
                    breaks ties. Each carries its source and quote, and who wrote it and why.""")
    @APIResponse(responseCode = "200", description = "A page of releases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReleasePage.class),
                    examples = @ExampleObject(name = "history", value = ApiExamples.HISTORY)))
    public PageResponse<ReleaseView> history(@Parameter(description = "Project id (slug)",
            example = ApiExamples.PROJECT_ID) @PathParam("id") String id, @Valid @BeanParam PageParams page) {
        PageRequest request = page.request();
        Slice<ProjectHistoryQuery.Entry, ProjectHistoryQuery.Key> slice = histories.page(dataVersion.current(), id,
                KeysetCursors.historyAfter(request.cursor()), request.limit());
        return PageResponse.of(slice.items().stream().map(ProjectViews::release).toList(), request.limit(),
                slice.next() == null ? null : KeysetCursors.ofHistory(slice.next()), slice.total());
    }

    /** The OpenAPI shape of a page of projects. */
    @Schema(name = "ProjectPage")
    public record ProjectPage(List<ProjectSummary> items, PageResponse.PageInfo page) {
    }

    /** The OpenAPI shape of a page of releases. */
    @Schema(name = "ReleasePage")
    public record ReleasePage(List<ReleaseView> items, PageResponse.PageInfo page) {
    }

    /** The OpenAPI shape of the stats. */
    @Schema(name = "ProjectStats")
    public record StatsPage(List<StatsRow> items, PageResponse.PageInfo page) {
    }
}
