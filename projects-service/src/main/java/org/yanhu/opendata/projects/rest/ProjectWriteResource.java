package org.yanhu.opendata.projects.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yanhu.opendata.api.problem.ProblemResponses;
import org.yanhu.opendata.api.security.ApiKeyRequired;
import org.yanhu.opendata.api.security.ApiKeys;
import org.yanhu.opendata.projects.importer.ProjectEntry;
import org.yanhu.opendata.projects.rest.mapping.ProjectViews;
import org.yanhu.opendata.projects.rest.view.ProjectDetail;
import org.yanhu.opendata.projects.rest.view.ReleaseView;
import org.yanhu.opendata.projects.service.BodyValidation;
import org.yanhu.opendata.projects.service.ProjectCommands;
import org.yanhu.opendata.projects.service.ProjectRegistration;

/** The writes to projects: registering one, appending a status claim, correcting fields. */
@Path("/api/v1/projects")
@Tag(name = "Projects")
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key, for writes only")
@ApiKeyRequired
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectWriteResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    ProjectRegistration registration;

    @Inject
    ProjectCommands commands;

    @Inject
    ProjectEtags etags;

    @Inject
    ProjectPreconditions preconditions;

    @Inject
    BodyValidation bodies;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createProject", summary = "Register a new project",
            description = """
                    The body has the shape of a projects.yaml entry, plus a reason. It becomes a registration \
                    release and one status release per claim, through the same code path as the bulk import.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = ProjectEntry.class),
            examples = @ExampleObject(name = "project", value = ApiExamples.NEW_PROJECT)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag of the new project",
            content = @Content(schema = @Schema(implementation = ProjectDetail.class)))
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
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addProjectRelease", summary = "Append a status release with its source",
            description = """
                    A new status claim quoted from a document. It is dated with the document's publication \
                    date, so an older document does not displace a newer status. If-Match is optional here; a stale \
                    one is refused. The same claim sent again changes nothing (200).""")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReleaseRequest.class),
            examples = @ExampleObject(name = "release", value = ApiExamples.NEW_RELEASE)))
    @APIResponse(responseCode = "201", description = "The new release; ETag is the project's new ETag",
            content = @Content(schema = @Schema(implementation = ReleaseView.class)))
    @APIResponse(responseCode = "200", description = "The same claim exists already; nothing was written",
            content = @Content(schema = @Schema(implementation = ReleaseView.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER,
            schema = @Schema(type = SchemaType.STRING), example = ProjectResource.ETAG_EXAMPLE,
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
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(operationId = "correctProject", summary = "Correct fields of a project (JSON merge patch)",
            description = """
                    Only name, description, sector, town and year can be corrected, with a reason. The \
                    correction becomes a release; the old values stay in the history. If-Match is required.""")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH,
            schema = @Schema(implementation = ProjectCorrectionRequest.class),
            examples = @ExampleObject(name = "correction", value = ApiExamples.CORRECTION)))
    @APIResponse(responseCode = "200", description = "The corrected record and its new ETag",
            content = @Content(schema = @Schema(implementation = ProjectDetail.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true,
            schema = @Schema(type = SchemaType.STRING), example = ProjectResource.ETAG_EXAMPLE,
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
}
