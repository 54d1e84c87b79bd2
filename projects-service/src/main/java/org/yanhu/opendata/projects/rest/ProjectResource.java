package org.yanhu.opendata.projects.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import org.yanhu.opendata.api.csv.CsvFormat;
import org.yanhu.opendata.api.paging.PageRequest;
import org.yanhu.opendata.api.paging.PageResponse;
import org.yanhu.opendata.api.problem.Problem;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.api.security.ApiKeyRequired;
import org.yanhu.opendata.api.security.ApiKeys;
import org.yanhu.opendata.projects.importer.ImportBatch;
import org.yanhu.opendata.projects.importer.ImportResult;
import org.yanhu.opendata.projects.importer.ProjectEntry;
import org.yanhu.opendata.projects.rest.view.ProjectDetail;
import org.yanhu.opendata.projects.rest.view.ProjectSummary;
import org.yanhu.opendata.projects.rest.view.ReleaseView;
import org.yanhu.opendata.projects.rest.view.StatsRow;
import org.yanhu.opendata.projects.service.BodyValidation;
import org.yanhu.opendata.projects.service.CodeLists;
import org.yanhu.opendata.projects.service.ImportService;
import org.yanhu.opendata.projects.service.ProjectCommands;
import org.yanhu.opendata.projects.service.ProjectQuery;
import org.yanhu.opendata.projects.service.ProjectSort;
import org.yanhu.opendata.projects.service.PublishedDataVersion;

@Path("/api/v1/projects")
@Tag(name = "Projects", description = "Projects, facilities and programmes named in the reports, each status with "
        + "its source and quote, compiled from immutable releases")
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key, for writes only")
public class ProjectResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    ProjectQuery query;

    @Inject
    ProjectCommands commands;

    @Inject
    ImportService importService;

    @Inject
    CodeLists codeLists;

    @Inject
    PublishedDataVersion dataVersion;

    @Inject
    ObjectMapper json;

    @Inject
    BodyValidation bodies;

    @ConfigProperty(name = "api.cache.max-age", defaultValue = "60")
    int maxAge;

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
    @APIResponse(responseCode = "400", description = "An unknown code, a malformed year or boolean, a bad limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknownSector", value = ApiExamples.UNKNOWN_SECTOR)))
    @APIResponse(responseCode = "406", description = "Neither JSON nor CSV accepted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<ProjectSummary> list(@BeanParam ProjectParams params,
            @Parameter(description = "Order: id (default), year, -year (newest first), -updated (latest release first)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"id", "year", "-year", "-updated"},
                            defaultValue = "id")) @QueryParam("sort") String sort,
            @Parameter(description = "Page size, 1 to 1000", example = "50", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "1000", defaultValue = "100")) @QueryParam("limit") String limit,
            @Parameter(description = "The page.next value of the previous page", example = "WyJpZCIsImEtcHJvamVjdCJd")
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return query.list(dataVersion.current(), params.filter(codeLists), ProjectSort.parse(sort), page);
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
    @APIResponse(responseCode = "400", description = "An unknown code or dimension, or a malformed value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<StatsRow> stats(@BeanParam ProjectParams params,
            @Parameter(description = "Only this dimension", example = "sector",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"sector_group", "sector", "status",
                            "year"})) @QueryParam("by") String by) {
        String dimension = QueryValues.text(by);
        List<String> dimensions = List.of("sector_group", "sector", "status", "year");
        if (dimension != null && !dimensions.contains(dimension)) {
            throw ProblemException.unknownCode("by", dimension, dimensions);
        }
        List<StatsRow> rows = query.stats(dataVersion.current(), params.filter(codeLists), dimension);
        return PageResponse.of(rows, PageRequest.MAX_LIMIT, null, (long) rows.size());
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
                    schema = @Schema(type = SchemaType.STRING, example = "\"r2-3f2a9c0d4b5e6f70\"")),
            content = @Content(schema = @Schema(implementation = ProjectDetail.class),
                    examples = @ExampleObject(name = "project", value = ApiExamples.PROJECT)))
    @APIResponse(responseCode = "304", description = "If-None-Match matches the current ETag")
    @APIResponse(responseCode = "404", description = "No project with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(
            @Parameter(description = "Project id (slug)", example = ApiExamples.PROJECT_ID) @PathParam("id") String id,
            @Parameter(description = "An ETag you hold; a match gets 304", example = "\"r2-3f2a9c0d4b5e6f70\"")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ProjectQuery.Tagged tagged = query.detail(id);
        if (matches(ifNoneMatch, tagged.etag())) {
            return Response.notModified().header(HttpHeaders.ETAG, tagged.etag())
                    .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge)
                    .header(HttpHeaders.VARY, "Accept, Accept-Encoding").build();
        }
        return Response.ok(tagged.detail()).header(HttpHeaders.ETAG, tagged.etag()).build();
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
    @APIResponse(responseCode = "400", description = "A bad limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No project with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<ReleaseView> history(
            @Parameter(description = "Project id (slug)", example = ApiExamples.PROJECT_ID) @PathParam("id") String id,
            @Parameter(description = "Page size, 1 to 1000", example = "100", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "1000", defaultValue = "100")) @QueryParam("limit") String limit,
            @Parameter(description = "The page.next value of the previous page", example = "WyIyIl0")
            @QueryParam("cursor") String cursor) {
        return query.history(dataVersion.current(), id, PageRequest.parse(limit, cursor));
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
    @APIResponse(responseCode = "400", description = "Malformed JSON or a wrong JSON type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or invalid API key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A project with that id exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields, all listed; nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "badStatus", value = ApiExamples.VALIDATION)))
    public Response create(ProjectEntry entry, @Context ContainerRequestContext request) {
        importService.create(entry, author(request));
        ProjectQuery.Tagged created = query.detail(entry.id());
        return Response.created(URI.create(ProjectQuery.link(entry.id())))
                .header(HttpHeaders.ETAG, created.etag()).entity(created.detail()).build();
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
    @APIResponse(responseCode = "400", description = "Malformed JSON or a wrong JSON type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or invalid API key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No project with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the project's current ETag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiExamples.STALE)))
    @APIResponse(responseCode = "422", description = "Invalid fields, all listed; nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addRelease(
            @Parameter(description = "Project id (slug)", example = ApiExamples.PROJECT_ID) @PathParam("id") String id,
            @Parameter(description = "The project's ETag as you read it (optional)", example = "\"r2-3f2a9c0d4b5e6f70\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ReleaseRequest release, @Context ContainerRequestContext request) {
        bodies.checked(release);
        ProjectCommands.Written<ReleaseView> written = commands.appendStatus(id, release.toStatusEntry(),
                release.metricsOrEmpty(), release.reason(), ifMatch, author(request));
        Response.ResponseBuilder response = written.created()
                ? Response.created(URI.create(ProjectQuery.link(id) + "/history")) : Response.ok();
        return response.header(HttpHeaders.ETAG, written.etag()).entity(written.body()).build();
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
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong JSON type or a field that cannot be "
            + "corrected", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or invalid API key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No project with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the project's current ETag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiExamples.STALE)))
    @APIResponse(responseCode = "422", description = "Invalid values, all listed; nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response correct(
            @Parameter(description = "Project id (slug)", example = ApiExamples.PROJECT_ID) @PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = "The project's ETag as you read it (required)",
                    required = true, example = "\"r2-3f2a9c0d4b5e6f70\"") @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch,
            String body, @Context ContainerRequestContext request) throws JsonProcessingException {
        var patch = body == null || body.isBlank() ? null : json.readTree(body);
        ProjectCommands.Written<ProjectDetail> written = commands.correct(id, patch, ifMatch, author(request));
        return Response.ok(written.body()).header(HttpHeaders.ETAG, written.etag()).build();
    }

    @POST
    @Path("/import")
    @ApiKeyRequired
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "importProjects", summary = "Bulk-import projects and pledges",
            description = "Entries in the shape of projects.yaml and pledges.yaml (plus units and source documents). "
                    + "Atomic: one bad entry and nothing changes, and the answer lists every bad field. Idempotent: "
                    + "what is published already is left alone; new claims become releases, changed fields corrections, "
                    + "changed pledges revisions. The start-up loader uses this same path.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ImportBatch.class),
            examples = @ExampleObject(name = "batch", value = ApiExamples.IMPORT)))
    @APIResponse(responseCode = "200", description = "What the batch changed",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or a wrong JSON type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or invalid API key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid entries, all listed; nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportResult importBatch(ImportBatch batch, @Context ContainerRequestContext request) {
        return importService.importBatch(batch, author(request));
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String author(ContainerRequestContext request) {
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
