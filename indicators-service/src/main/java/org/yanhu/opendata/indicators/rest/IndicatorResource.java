package org.yanhu.opendata.indicators.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
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
import org.yanhu.opendata.api.caching.DataVersionTable;
import org.yanhu.opendata.api.csv.CsvFormat;
import org.yanhu.opendata.api.paging.PageParams;
import org.yanhu.opendata.api.paging.PageResponse;
import org.yanhu.opendata.api.params.RegionCodes;
import org.yanhu.opendata.indicators.rest.mapping.SvgChart;
import org.yanhu.opendata.indicators.rest.view.IndicatorDetail;
import org.yanhu.opendata.indicators.rest.view.IndicatorSummary;
import org.yanhu.opendata.indicators.rest.view.ObservationView;
import org.yanhu.opendata.indicators.service.ChartService;
import org.yanhu.opendata.indicators.service.IndicatorQuery;
import org.yanhu.opendata.indicators.service.KnownCodes;
import org.yanhu.opendata.indicators.service.ObservationQuery;

@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "Economic and social indicators of the government work reports")
@Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
public class IndicatorResource {

    static final String CODE_EXAMPLE = "GDP";

    @Inject
    IndicatorQuery indicators;

    @Inject
    ObservationQuery observations;

    @Inject
    KnownCodes knownCodes;

    @Inject
    DataVersionTable dataVersion;

    @Inject
    ChartService charts;

    @GET
    @Operation(operationId = "listIndicators", summary = "List indicators",
            description = "Filter by topic or region, and search names and descriptions in Chinese or English with q.")
    @APIResponse(responseCode = "200", description = "A page of indicators",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IndicatorPage.class),
                    examples = @ExampleObject(name = "list", value = """
                            {"items":[{"code":"GDP","name":{"zh":"地区生产总值","en":"Gross domestic product (GDP)"},
                            "topic":{"code":"economy","label":{"zh":"经济","en":"Economy"}},
                            "unit":{"code":"亿元","label":{"zh":"亿元","en":"100 million yuan"},"base_unit":"CNY","multiplier":100000000},
                            "link":"/api/v1/indicators/GDP"}],"page":{"limit":100,"next":null,"total":1}}""")))
    public PageResponse<IndicatorSummary> list(
            @Parameter(description = "Topic code (see /api/v1/topics)", example = "economy") @QueryParam("topic") String topic,
            @Parameter(description = "GB/T 2260 region code (see /api/v1/regions)", example = "140802")
            @QueryParam("region") @Pattern(regexp = RegionCodes.PATTERN, message = RegionCodes.MESSAGE) String region,
            @Parameter(description = "Text search in Chinese or English", example = "旅游") @QueryParam("q") String q,
            @Valid @BeanParam PageParams page) {
        if (topic != null) {
            knownCodes.topic(topic);
        }
        if (region != null) {
            knownCodes.region(region);
        }
        return PageResponse.of(indicators.list(dataVersion.current(), topic, region, q, page.request()),
                IndicatorSummary::of);
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getIndicator", summary = "Describe one indicator",
            description = "Names, description, topic, unit and multiplier, periods covered, sources, latest actual value.")
    @APIResponse(responseCode = "200", description = "The indicator",
            content = @Content(schema = @Schema(implementation = IndicatorDetail.class)))
    public IndicatorDetail get(@Parameter(description = "Indicator code", example = CODE_EXAMPLE)
            @PathParam("code") String code) {
        return IndicatorDetail.of(indicators.detail(dataVersion.current(), code));
    }

    @GET
    @Path("/{code}/observations")
    @Operation(operationId = "listIndicatorObservations", summary = "One indicator's observations",
            description = "The same filters as /api/v1/observations, for one indicator.")
    @APIResponse(responseCode = "200", description = "A page of observations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ObservationResource.ObservationPage.class)))
    public PageResponse<ObservationView> observations(
            @Parameter(description = "Indicator code", example = CODE_EXAMPLE) @PathParam("code") String code,
            @Valid @BeanParam ObservationParams params, @Valid @BeanParam PageParams page) {
        knownCodes.indicatorExists(code);
        var filter = params.filter().withIndicator(code);
        knownCodes.check(filter);
        return PageResponse.of(observations.find(dataVersion.current(), filter, page.request()), ObservationView::of);
    }

    @GET
    @Path("/{code}/chart.svg")
    @Produces("image/svg+xml")
    @Operation(operationId = "getIndicatorChart", summary = "An SVG chart of one indicator's series",
            description = """
                    Ready to embed: actuals solid, targets dashed, qualifiers (> more than, ≥ at least, \
                    ≈ about) on the labels, bilingual labels, and the sources named.""")
    @APIResponse(responseCode = "200", description = "The chart",
            content = @Content(mediaType = "image/svg+xml", schema = @Schema(type = SchemaType.STRING)))
    public String chart(@Parameter(description = "Indicator code", example = CODE_EXAMPLE) @PathParam("code") String code,
            @Parameter(description = "GB/T 2260 region code", example = "140802") @QueryParam("region")
            @DefaultValue("140802") @Pattern(regexp = RegionCodes.PATTERN, message = RegionCodes.MESSAGE)
            String region) {
        return SvgChart.render(charts.series(dataVersion.current(), code, region));
    }

    /** The OpenAPI shape of a page of indicators. */
    @Schema(name = "IndicatorPage")
    public record IndicatorPage(List<IndicatorSummary> items, PageResponse.PageInfo page) {
    }
}
