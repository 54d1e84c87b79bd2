package org.yanhu.opendata.indicators.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yanhu.opendata.api.csv.CsvFormat;
import org.yanhu.opendata.api.paging.PageResponse;
import org.yanhu.opendata.api.problem.Problem;
import org.yanhu.opendata.api.security.ApiKeyRequired;
import org.yanhu.opendata.api.security.ApiKeys;
import org.yanhu.opendata.indicators.importer.ImportBodyReader;
import org.yanhu.opendata.indicators.importer.ImportBatch;
import org.yanhu.opendata.indicators.importer.ImportResult;
import org.yanhu.opendata.indicators.rest.view.ObservationView;
import org.yanhu.opendata.indicators.service.ImportService;
import org.yanhu.opendata.indicators.service.ObservationExport;
import org.yanhu.opendata.indicators.service.ObservationFilter;
import org.yanhu.opendata.indicators.service.ObservationQuery;
import org.yanhu.opendata.indicators.service.PublishedDataVersion;
import org.yanhu.opendata.indicators.service.ReferenceData;

@Path("/api/v1/observations")
@Tag(name = "Observations", description = "Published figures across indicators, with versions and citations")
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key, for writes only")
public class ObservationResource {

    @Inject
    ObservationQuery query;

    @Inject
    ReferenceData referenceData;

    @Inject
    PublishedDataVersion dataVersion;

    @Inject
    ImportService importService;

    @Inject
    ImportBodyReader importReader;

    @Inject
    ObservationExport export;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Operation(operationId = "listObservations", summary = "Query observations across indicators",
            description = "Filters combine with AND. Without as_of, each figure's current version is given; "
                    + "versions=all lists every version. Add format=csv (or Accept: text/csv) for CSV.")
    @APIResponse(responseCode = "200", description = "A page of observations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ObservationPage.class),
                    examples = @ExampleObject(name = "gdp", value = ObservationPage.EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A malformed or unknown filter value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "badKind", value = ObservationPage.BAD_KIND)))
    @APIResponse(responseCode = "406", description = "Neither JSON nor CSV accepted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<ObservationView> list(@BeanParam ObservationParams params) {
        ObservationFilter filter = params.filter();
        referenceData.check(filter);
        return query.find(dataVersion.current(), filter, params.page());
    }

    @GET
    @Path("/export")
    @Produces(CsvFormat.TEXT_CSV)
    @Operation(operationId = "exportObservations", summary = "Bulk download of observations as CSV, in one stream",
            description = "Every observation matching the filters, without paging, streamed from the database "
                    + "(memory stays flat at any size). Flat columns: id, indicator, region, period, kind, comparator, "
                    + "value, unit, base_value, base_unit, source, published_on, quote, version, is_current.")
    @APIResponse(responseCode = "200", description = "The CSV stream",
            content = @Content(mediaType = CsvFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = "id,indicator,region,period,kind,comparator,value,"
                            + "unit,base_value,base_unit,source,published_on,quote,version,is_current\n"
                            + "GDP.140802.2023.actual.v1,GDP,140802,2023,actual,gt,400,亿元,40000000000,CNY,"
                            + "000_1861cacfb8655aea,2024-02-23,全区地区生产总值突破400亿元,1,true")))
    @APIResponse(responseCode = "400", description = "A malformed or unknown filter value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StreamingOutput export(@BeanParam ObservationParams params,
            @Parameter(description = "Prefix a UTF-8 byte-order mark, for Excel",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("bom") String bom) {
        ObservationFilter filter = params.filter();
        referenceData.check(filter);
        boolean withBom = ObservationParams.bool("bom", bom);
        return out -> export.writeCsv(filter, withBom, out);
    }

    @POST
    @Path("/import")
    @ApiKeyRequired
    @Consumes({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "importObservations", summary = "Bulk-import observations (JSON or CSV)",
            description = "Atomic: one bad row and nothing changes, and the answer lists every bad row. "
                    + "Idempotent: a figure already published is left alone. A changed figure becomes a new version. "
                    + "CSV columns: indicator,region,period,kind,comparator,value,unit,source,quote.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportBatch.class),
                    examples = @ExampleObject(name = "one", value = """
                            {"observations":[{"indicator":"GDP","region":"140802","period":"2023","kind":"actual",
                            "comparator":"gt","value":400,"unit":"亿元","source":"000_1861cacfb8655aea",
                            "quote":"全区地区生产总值突破400亿元"}]}""")),
            @Content(mediaType = CsvFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = "indicator,region,period,kind,comparator,value,"
                            + "unit,source,quote\nGDP,140802,2023,actual,gt,400,亿元,000_1861cacfb8655aea,"
                            + "全区地区生产总值突破400亿元\n"))})
    @APIResponse(responseCode = "200", description = "What the batch changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "result",
                            value = "{\"received\":1,\"inserted\":1,\"unchanged\":0,\"data_version\":3}")))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON or CSV for an import batch",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or invalid API key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Neither JSON nor CSV",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Some rows are invalid; nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "badRow", value = ObservationPage.BAD_ROW)))
    public ImportResult importObservations(InputStream body, @Context HttpHeaders headers,
            @Context ContainerRequestContext request) throws IOException {
        return importService.importBatch(importReader.read(headers.getMediaType(), body), author(request));
    }

    private static String author(ContainerRequestContext request) {
        return String.valueOf(request.getProperty(ApiKeys.AUTHOR_PROPERTY));
    }

    /** The OpenAPI shape of a page of observations. */
    @Schema(name = "ObservationPage")
    public record ObservationPage(List<ObservationView> items, PageResponse.PageInfo page) {
        static final String EXAMPLE = """
                {"items":[{"id":"GDP.140802.2023.actual.v1","indicator":"GDP",
                "indicator_name":{"zh":"地区生产总值","en":"Gross domestic product (GDP)"},
                "region":{"code":"140802","label":{"zh":"盐湖区","en":"Yanhu District"}},"period":"2023",
                "kind":{"code":"actual","label":{"zh":"实际","en":"actual"}},
                "comparator":{"code":"gt","label":{"zh":"突破/超过","en":"more than"}},"value":400,
                "unit":{"code":"亿元","label":{"zh":"亿元","en":"100 million yuan"},"base_unit":"CNY","multiplier":100000000},
                "base_value":40000000000,"base_unit":"CNY",
                "source":{"id":"000_1861cacfb8655aea","title":{"zh":"全力打造宜居宜业宜游的“首善之区” 奋力谱写中国式现代化盐湖篇章","en":"..."},
                "published_on":"2024-02-23","quote":"全区地区生产总值突破400亿元"},
                "version":1,"is_current":true,"recorded_at":"2026-11-24T04:00:00Z"}],
                "page":{"limit":100,"next":null,"total":1}}""";
        static final String BAD_KIND = """
                {"type":"https://yanhu-opendata.org/problems/unknown-code","title":"Unknown code","status":400,
                "detail":"Unknown kind 'forecast'. Allowed values: actual, target","instance":"/api/v1/observations?kind=forecast",
                "request_id":"0b5c8a8e-4d0e-4a53-9f5e-7c1f2b3a4d5e","errors":[{"field":"kind","message":"Unknown kind 'forecast'. Allowed values: actual, target"}]}""";
        static final String BAD_ROW = """
                {"type":"https://yanhu-opendata.org/problems/validation-failed","title":"Validation failed","status":422,
                "detail":"1 of 2 rows are invalid; nothing was imported","instance":"/api/v1/observations/import",
                "errors":[{"field":"observations[1].unit","message":"unknown unit 'bananas'; see /api/v1/units"}]}""";
    }
}
