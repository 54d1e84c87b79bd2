package org.yanhu.opendata.indicators.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import org.yanhu.opendata.api.caching.DataVersionTable;
import org.yanhu.opendata.api.csv.CsvFormat;
import org.yanhu.opendata.api.error.MalformedBody;
import org.yanhu.opendata.api.paging.PageParams;
import org.yanhu.opendata.api.paging.PageResponse;
import org.yanhu.opendata.api.problem.ProblemResponses;
import org.yanhu.opendata.api.security.ApiKeyRequired;
import org.yanhu.opendata.api.security.ApiKeys;
import org.yanhu.opendata.indicators.importer.ImportBatch;
import org.yanhu.opendata.indicators.importer.ImportResult;
import org.yanhu.opendata.indicators.rest.view.ObservationView;
import org.yanhu.opendata.indicators.service.ImportService;
import org.yanhu.opendata.indicators.service.KnownCodes;
import org.yanhu.opendata.indicators.service.ObservationFilter;
import org.yanhu.opendata.indicators.service.ObservationQuery;

@Path("/api/v1/observations")
@Tag(name = "Observations", description = "Published figures across indicators, with versions and citations")
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key, for writes only")
public class ObservationResource {

    @Inject
    ObservationQuery query;

    @Inject
    KnownCodes knownCodes;

    @Inject
    DataVersionTable dataVersion;

    @Inject
    ImportService importService;

    @Inject
    ObservationCsvExport csvExport;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Operation(operationId = "listObservations", summary = "Query observations across indicators",
            description = """
                    Filters combine with AND. Without as_of, each figure's current version is given; \
                    versions=all lists every version. Add format=csv (or Accept: text/csv) for CSV.""")
    @APIResponse(responseCode = "200", description = "A page of observations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ObservationPage.class),
                    examples = @ExampleObject(name = "gdp", value = ObservationPage.EXAMPLE)))
    public PageResponse<ObservationView> list(@Valid @BeanParam ObservationParams params,
            @Valid @BeanParam PageParams page) {
        ObservationFilter filter = params.filter();
        knownCodes.check(filter);
        return PageResponse.of(query.find(dataVersion.current(), filter, page.request()), ObservationView::of);
    }

    @GET
    @Path("/export")
    @Produces(CsvFormat.TEXT_CSV)
    @Operation(operationId = "exportObservations", summary = "Bulk download of observations as CSV, in one stream",
            description = """
                    Every observation matching the filters, without paging, streamed from the database \
                    (memory stays flat at any size). Flat columns: id, indicator, region, period, kind, comparator, \
                    value, unit, base_value, base_unit, source, published_on, quote, version, is_current.""")
    @APIResponse(responseCode = "200", description = "The CSV stream",
            content = @Content(mediaType = CsvFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = "id,indicator,region,period,kind,comparator,value,"
                            + "unit,base_value,base_unit,source,published_on,quote,version,is_current\n"
                            + "GDP.140802.2023.actual.v1,GDP,140802,2023,actual,gt,400,亿元,40000000000,CNY,"
                            + "000_1861cacfb8655aea,2024-02-23,全区地区生产总值突破400亿元,1,true")))
    public StreamingOutput export(@Valid @BeanParam ObservationParams params,
            @Parameter(description = "Prefix a UTF-8 byte-order mark, for Excel") @QueryParam("bom")
            @DefaultValue("false") boolean bom) {
        ObservationFilter filter = params.filter();
        knownCodes.check(filter);
        return csvExport.csv(filter, bom);
    }

    @POST
    @Path("/import")
    @ApiKeyRequired
    @Consumes({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "importObservations", summary = "Bulk-import observations (JSON or CSV)",
            description = """
                    Atomic: one bad row and nothing changes, and the answer lists every bad row. \
                    Idempotent: a figure already published is left alone. A changed figure becomes a new version. \
                    Reference rows (topics, units, regions, sources, indicators) that are already published must be \
                    given as published: a redefined code is a 409. \
                    CSV columns: indicator,region,period,kind,comparator,value,unit,source,quote.""")
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
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    public ImportResult importObservations(ImportBatch batch, @Context ContainerRequestContext request) {
        if (batch == null) {
            throw new MalformedBody("The body is empty");
        }
        return importService.importBatch(batch, String.valueOf(request.getProperty(ApiKeys.AUTHOR_PROPERTY)));
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
    }
}
