package org.yanhu.opendata.projects.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yanhu.opendata.api.caching.DataVersionTable;
import org.yanhu.opendata.api.csv.CsvFormat;
import org.yanhu.opendata.api.paging.Page;
import org.yanhu.opendata.api.paging.PageParams;
import org.yanhu.opendata.api.paging.PageRequest;
import org.yanhu.opendata.api.paging.PageResponse;
import org.yanhu.opendata.api.problem.ProblemResponses;
import org.yanhu.opendata.api.security.ApiKeyRequired;
import org.yanhu.opendata.api.security.ApiKeys;
import org.yanhu.opendata.projects.importer.ProjectEntry;
import org.yanhu.opendata.projects.rest.mapping.ProjectViews;
import org.yanhu.opendata.projects.rest.paging.KeysetCursors;
import org.yanhu.opendata.projects.rest.view.ProjectDetail;
import org.yanhu.opendata.projects.rest.view.ProjectSummary;
import org.yanhu.opendata.projects.rest.view.ReleaseView;
import org.yanhu.opendata.projects.rest.view.StatsRow;
import org.yanhu.opendata.projects.service.BodyValidation;
import org.yanhu.opendata.projects.service.CodeListCache;
import org.yanhu.opendata.projects.service.ProjectCommands;
import org.yanhu.opendata.projects.service.ProjectHistoryQuery;
import org.yanhu.opendata.projects.service.ProjectListQuery;
import org.yanhu.opendata.projects.service.ProjectRecordQuery;
import org.yanhu.opendata.projects.service.ProjectRegistration;
import org.yanhu.opendata.projects.service.ProjectSort;
import org.yanhu.opendata.projects.service.ProjectStatsQuery;
import org.yanhu.opendata.projects.service.Slice;
import org.yanhu.opendata.projects.service.StatsDimension;

@Path("/api/v1/projects")
@Tag(name = "Projects", description = "Projects, facilities and programmes named in the reports, each status with "
        + "its source and quote, compiled from immutable releases")
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key, for writes only")
public class ProjectResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String ETAG_EXAMPLE = "\"r2-3f2a9c0d4b5e6f70\"";

    @Inject
    ProjectListQuery lists;

    @Inject
    ProjectStatsQuery stats;

    @Inject
    ProjectRecordQuery records;

    @Inject
    ProjectHistoryQuery histories;

    @Inject
    ProjectRegistration registration;

    @Inject
    ProjectCommands commands;

    @Inject
    CodeListCache codeLists;

    @Inject
    DataVersionTable dataVersion;

    @Inject
    ProjectEtags etags;

    @Inject
    ProjectPreconditions preconditions;

    @Inject
    BodyValidation bodies;

    @Inject
    ObjectMapper json;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Operation(operationId = "listProjects", summary = "List projects",
            description = "Filters combine with AND. sector takes a sector or a group (energy includes energy.solar). "
                    + "Keyset paging: follow page.next (or the Link header) to the last page; there is no page cap. "
                    + "Add format=csv (or Accept: text/csv) for CSV.")
    @APIResponse(responseCode = "200", description = "A page of projects",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectPage.class),
                    examples = @ExampleObject(name = "solar", value = ApiExamples.PROJECT_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "406", ref = ProblemResponses.NOT_ACCEPTABLE)
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
    @Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Operation(operationId = "projectStats", summary = "Count projects by sector group, sector, status and year",
            description = "One row per bar of a chart. Takes the same filters as the list; by picks one dimension. "
                    + "Every sector and status appears, with zero where no project has it. Never paged.")
    @APIResponse(responseCode = "200", description = "Counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatsPage.class),
                    examples = @ExampleObject(name = "stats", value = ApiExamples.STATS)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "406", ref = ProblemResponses.NOT_ACCEPTABLE)
    public PageResponse<StatsRow> stats(@Valid @BeanParam ProjectParams params,
            @Parameter(description = "Only this dimension", example = "sector") @QueryParam("by") StatsDimension by) {
        return PageResponse.of(Page.whole(stats.counts(dataVersion.current(), params.filter(codeLists.current()), by)),
                ProjectViews::count);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProject", summary = "A project's current record",
            description = "Compiled from the project's releases: names, description, sector, current status, metrics "
                    + "(as published and in base units), location, the status timeline and related pledges. The strong "
                    + "ETag identifies this revision; send it as If-Match when you write.")
    @APIResponse(responseCode = "200", description = "The project",
            headers = @Header(name = "ETag", description = "Strong ETag of this revision",
                    schema = @Schema(type = SchemaType.STRING, example = ETAG_EXAMPLE)),
            content = @Content(schema = @Schema(implementation = ProjectDetail.class),
                    examples = @ExampleObject(name = "project", value = ApiExamples.PROJECT)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current ETag")
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ProblemResponses.NOT_ACCEPTABLE)
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, example = ETAG_EXAMPLE,
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
    @Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Operation(operationId = "listProjectReleases", summary = "A project's releases, oldest first",
            description = "Every registration, status claim and correction, in (date, sequence) order: the date is "
                    + "the source's publication date for a status claim, else the day it was recorded; the sequence "
                    + "breaks ties. Each carries its source and quote, and who wrote it and why.")
    @APIResponse(responseCode = "200", description = "A page of releases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReleasePage.class),
                    examples = @ExampleObject(name = "history", value = ApiExamples.HISTORY)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ProblemResponses.NOT_ACCEPTABLE)
    public PageResponse<ReleaseView> history(@Parameter(description = "Project id (slug)",
            example = ApiExamples.PROJECT_ID) @PathParam("id") String id, @Valid @BeanParam PageParams page) {
        PageRequest request = page.request();
        Slice<ProjectHistoryQuery.Entry, ProjectHistoryQuery.Key> slice = histories.page(dataVersion.current(), id,
                KeysetCursors.historyAfter(request.cursor()), request.limit());
        return PageResponse.of(slice.items().stream().map(ProjectViews::release).toList(), request.limit(),
                slice.next() == null ? null : KeysetCursors.ofHistory(slice.next()), slice.total());
    }

    @POST
    @ApiKeyRequired
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "createProject", summary = "Register a new project",
            description = "The body has the shape of a projects.yaml entry, plus a reason. It becomes a registration "
                    + "release and one status release per claim, through the same code path as the bulk import.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ProjectEntry.class),
            examples = @ExampleObject(name = "project", value = ApiExamples.NEW_PROJECT)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag of the new project",
            content = @Content(schema = @Schema(implementation = ProjectDetail.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    public Response create(ProjectEntry entry, @Context ContainerRequestContext request) {
        ProjectDetail created = ProjectViews.detail(registration.register(entry, author(request)));
        return Response.created(URI.create(Links.project(created.id()))).header(HttpHeaders.ETAG, etags.of(created))
                .entity(created).build();
    }

    @POST
    @Path("/{id}/releases")
    @ApiKeyRequired
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "addProjectRelease", summary = "Append a status release with its source",
            description = "A new status claim quoted from a document. It is dated with the document's publication "
                    + "date, so an older document does not displace a newer status. If-Match is optional here; a stale "
                    + "one is refused. The same claim sent again changes nothing (200).")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReleaseRequest.class),
            examples = @ExampleObject(name = "release", value = ApiExamples.NEW_RELEASE)))
    @APIResponse(responseCode = "201", description = "The new release; ETag is the project's new ETag",
            content = @Content(schema = @Schema(implementation = ReleaseView.class)))
    @APIResponse(responseCode = "200", description = "The same claim exists already; nothing was written",
            content = @Content(schema = @Schema(implementation = ReleaseView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, example = ETAG_EXAMPLE,
            description = "The project's ETag as you read it (optional)")
    public Response addRelease(@Parameter(description = "Project id (slug)", example = ApiExamples.PROJECT_ID)
            @PathParam("id") String id, ReleaseRequest release, @Context HttpHeaders headers,
            @Context ContainerRequestContext context) {
        bodies.checked(release);
        ProjectCommands.ClaimAdded added = commands.appendStatus(id, release.toStatusEntry(),
                release.metricsOrEmpty(), release.reason(), author(context),
                preconditions.ifMatch(headers, id, false));
        Response.ResponseBuilder response = added.written() ? Response.created(URI.create(Links.history(id)))
                : Response.ok();
        return response.header(HttpHeaders.ETAG, preconditions.etagOf(added.after()))
                .entity(ProjectViews.release(added.release())).build();
    }

    @PATCH
    @Path("/{id}")
    @ApiKeyRequired
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "correctProject", summary = "Correct fields of a project (JSON merge patch)",
            description = "Only name, description, sector, town and year can be corrected, with a reason. The "
                    + "correction becomes a release; the old values stay in the history. If-Match is required.")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH,
            schema = @Schema(implementation = ProjectCorrectionRequest.class),
            examples = @ExampleObject(name = "correction", value = ApiExamples.CORRECTION)))
    @APIResponse(responseCode = "200", description = "The corrected record and its new ETag",
            content = @Content(schema = @Schema(implementation = ProjectDetail.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true, example = ETAG_EXAMPLE,
            description = "The project's ETag as you read it (required)")
    public Response correct(@Parameter(description = "Project id (slug)", example = ApiExamples.PROJECT_ID)
            @PathParam("id") String id, String body, @Context HttpHeaders headers,
            @Context ContainerRequestContext context) throws JsonProcessingException {
        var patch = MergePatchReader.read(body == null || body.isBlank() ? null : json.readTree(body));
        ProjectDetail after = ProjectViews.detail(commands.correct(id, patch, author(context),
                preconditions.ifMatch(headers, id, true)).after());
        return Response.ok(after).header(HttpHeaders.ETAG, etags.of(after)).build();
    }

    static String author(ContainerRequestContext request) {
        return String.valueOf(request.getProperty(ApiKeys.AUTHOR_PROPERTY));
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
