package org.yanhu.opendata.projects.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yanhu.opendata.api.problem.ProblemResponses;
import org.yanhu.opendata.api.security.ApiKeyRequired;
import org.yanhu.opendata.projects.importer.ImportBatch;
import org.yanhu.opendata.projects.importer.ImportResult;
import org.yanhu.opendata.projects.service.ImportService;

@Path("/api/v1/projects/import")
@Tag(name = "Projects")
@ApiKeyRequired
@SecurityRequirement(name = "apiKey")
public class ProjectImportResource {

    @Inject
    ImportService importService;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importProjects", summary = "Bulk-import projects and pledges",
            description = """
                    Entries in the shape of projects.yaml and pledges.yaml (plus units and source documents). \
                    Atomic: one bad entry and nothing changes, and the answer lists every bad field. Idempotent: \
                    what is published already is left alone; new claims become releases, changed fields corrections, \
                    changed pledges revisions. A withdrawal (a project or pledge that should not stand) adds a \
                    withdrawal release or revision, keeping the entry; one withdrawn before is left alone, and one \
                    naming an unknown id is a 422. A unit or source document that is already published is never \
                    redefined: one stated differently is refused, naming its code. The start-up loader uses this \
                    same path.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = ImportBatch.class),
            examples = @ExampleObject(name = "batch", value = ApiExamples.IMPORT)))
    @APIResponse(responseCode = "200", description = "What the batch changed",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    public ImportResult importBatch(ImportBatch batch, @Context ContainerRequestContext request) {
        return importService.importBatch(batch, ProjectWriteResource.author(request));
    }
}
