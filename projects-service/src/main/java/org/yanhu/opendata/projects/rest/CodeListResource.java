package org.yanhu.opendata.projects.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yanhu.opendata.api.csv.CsvFormat;
import org.yanhu.opendata.api.paging.Page;
import org.yanhu.opendata.api.paging.PageResponse;
import org.yanhu.opendata.projects.rest.mapping.CodeListViews;
import org.yanhu.opendata.projects.rest.view.SectorCodeView;
import org.yanhu.opendata.projects.rest.view.StatusCodeView;
import org.yanhu.opendata.projects.service.CodeListCache;

@Path("/api/v1")
@Tag(name = "Code lists", description = "The closed code lists of projects, with bilingual labels and OC4IDS codes")
@Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
public class CodeListResource {

    @Inject
    CodeListCache codeLists;

    @GET
    @Path("/sectors")
    @Operation(operationId = "listSectors", summary = "Sector codes",
            description = """
                    Groups (energy) and their dotted sectors (energy.solar), each with its OC4IDS projectSector \
                    code. A group is a filter prefix; projects carry sectors.""")
    @APIResponse(responseCode = "200", description = "Every sector code, groups first within each group",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectorPage.class),
                    examples = @ExampleObject(name = "sectors", value = """
                            {"items":[{"code":"energy","label":{"zh":"能源","en":"Energy"},"parent":null,"level":"group",
                            "oc4ids_sector":"energy"},{"code":"energy.solar","label":{"zh":"光伏发电","en":"Solar power"},
                            "parent":"energy","level":"sector","oc4ids_sector":"energy.solar"}],
                            "page":{"limit":1000,"next":null,"total":2}}""")))
    public PageResponse<SectorCodeView> sectors() {
        return PageResponse.of(Page.whole(List.copyOf(codeLists.current().sectors().values())), CodeListViews::sector);
    }

    @GET
    @Path("/project-statuses")
    @Operation(operationId = "listProjectStatuses", summary = "Project status codes",
            description = "The closed list of project statuses, each with its OC4IDS projectStatus code.")
    @APIResponse(responseCode = "200", description = "Every status code, in life-cycle order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusPage.class),
                    examples = @ExampleObject(name = "statuses", value = """
                            {"items":[{"code":"planned","label":{"zh":"计划实施","en":"Planned"},
                            "description":"Named in a plan (实施/推进/启动/谋划 in a plan year) and not yet reported as started.",
                            "oc4ids_status":"identification"}],"page":{"limit":1000,"next":null,"total":1}}""")))
    public PageResponse<StatusCodeView> statuses() {
        return PageResponse.of(Page.whole(List.copyOf(codeLists.current().statuses().values())),
                CodeListViews::status);
    }

    /** The OpenAPI shape of the sector list. */
    @Schema(name = "SectorPage")
    public record SectorPage(List<SectorCodeView> items, PageResponse.PageInfo page) {
    }

    /** The OpenAPI shape of the status list. */
    @Schema(name = "ProjectStatusPage")
    public record StatusPage(List<StatusCodeView> items, PageResponse.PageInfo page) {
    }
}
