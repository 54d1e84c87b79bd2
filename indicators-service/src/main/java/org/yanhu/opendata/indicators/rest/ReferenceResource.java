package org.yanhu.opendata.indicators.rest;

import jakarta.inject.Inject;
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
import org.yanhu.opendata.api.paging.PageResponse;
import org.yanhu.opendata.api.view.CodeLabel;
import org.yanhu.opendata.api.view.UnitView;
import org.yanhu.opendata.indicators.rest.view.CodeListViews;
import org.yanhu.opendata.indicators.rest.view.RegionView;
import org.yanhu.opendata.indicators.rest.view.SourceView;
import org.yanhu.opendata.indicators.service.CodeListQuery;

/** Code lists. They are short, so each comes whole, in the same list envelope as every other list. */
@Path("/api/v1")
@Tag(name = "Reference lists", description = "Regions, topics, units and source documents, with bilingual labels")
@Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
public class ReferenceResource {

    @Inject
    CodeListQuery lists;

    @Inject
    DataVersionTable dataVersion;

    @GET
    @Path("/regions")
    @Operation(operationId = "listRegions", summary = "Regions (GB/T 2260 codes)")
    @APIResponse(responseCode = "200", description = "Every region with data or a parent of one",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionPage.class),
                    examples = @ExampleObject(name = "regions", value = """
                            {"items":[{"code":"140802","label":{"zh":"盐湖区","en":"Yanhu District"},"level":"county",
                            "parent":"140800"}],"page":{"limit":1000,"next":null,"total":1}}""")))
    public PageResponse<RegionView> regions() {
        return PageResponse.of(Page.whole(lists.regions(dataVersion.current())), RegionView::of);
    }

    @GET
    @Path("/topics")
    @Operation(operationId = "listTopics", summary = "Indicator topics")
    @APIResponse(responseCode = "200", description = "Every topic",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicPage.class),
                    examples = @ExampleObject(name = "topics", value = """
                            {"items":[{"code":"economy","label":{"zh":"经济","en":"Economy"}}],
                            "page":{"limit":1000,"next":null,"total":1}}""")))
    public PageResponse<CodeLabel> topics() {
        return PageResponse.of(Page.whole(lists.topics(dataVersion.current())), CodeListViews::topic);
    }

    @GET
    @Path("/units")
    @Operation(operationId = "listUnits", summary = "Units as published, with their base unit and multiplier")
    @APIResponse(responseCode = "200", description = "Every unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitPage.class),
                    examples = @ExampleObject(name = "units", value = """
                            {"items":[{"code":"亿元","label":{"zh":"亿元","en":"100 million yuan"},"base_unit":"CNY",
                            "multiplier":100000000}],"page":{"limit":1000,"next":null,"total":1}}""")))
    public PageResponse<UnitView> units() {
        return PageResponse.of(Page.whole(lists.units(dataVersion.current())), CodeListViews::unit);
    }

    @GET
    @Path("/sources")
    @Operation(operationId = "listSources", summary = "Source documents and their metadata")
    @APIResponse(responseCode = "200", description = "Every source document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourcePage.class)))
    public PageResponse<SourceView> sources() {
        return PageResponse.of(Page.whole(lists.sources(dataVersion.current())), SourceView::of);
    }

    @GET
    @Path("/sources/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSource", summary = "One source document")
    @APIResponse(responseCode = "200", description = "The document's metadata",
            content = @Content(schema = @Schema(implementation = SourceView.class)))
    public SourceView source(@Parameter(description = "Document id", example = "000_1861cacfb8655aea")
            @PathParam("id") String id) {
        return SourceView.of(lists.source(id));
    }

    @Schema(name = "RegionPage")
    public record RegionPage(List<RegionView> items, PageResponse.PageInfo page) {
    }

    @Schema(name = "TopicPage")
    public record TopicPage(List<CodeLabel> items, PageResponse.PageInfo page) {
    }

    @Schema(name = "UnitPage")
    public record UnitPage(List<UnitView> items, PageResponse.PageInfo page) {
    }

    @Schema(name = "SourcePage")
    public record SourcePage(List<SourceView> items, PageResponse.PageInfo page) {
    }
}
