package org.yanhu.opendata.indicators.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yanhu.opendata.api.csv.CsvFormat;
import org.yanhu.opendata.api.paging.PageResponse;
import org.yanhu.opendata.api.problem.Problem;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.indicators.rest.view.ClaimCheck;
import org.yanhu.opendata.indicators.rest.view.Codes;
import org.yanhu.opendata.indicators.rest.view.TargetResult;
import org.yanhu.opendata.indicators.service.PublishedDataVersion;
import org.yanhu.opendata.indicators.service.ReferenceData;
import org.yanhu.opendata.indicators.service.TargetsAndClaims;

@Path("/api/v1")
@Tag(name = "Fact checking", description = "Targets against actuals, and claims against published figures")
public class AnalysisResource {

    @Inject
    TargetsAndClaims targetsAndClaims;

    @Inject
    ReferenceData referenceData;

    @Inject
    PublishedDataVersion dataVersion;

    @GET
    @Path("/target-results")
    @Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Operation(operationId = "listTargetResults", summary = "Targets paired with actuals",
            description = "Every current target that has a current actual for the same indicator, region and period, "
                    + "with whether it was met. Qualifiers count: a target of 'at least 50.5' is met by 50.5.")
    @APIResponse(responseCode = "200", description = "The pairs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TargetResultPage.class)))
    @APIResponse(responseCode = "400", description = "Unknown indicator or region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<TargetResult> targetResults(
            @Parameter(description = "Indicator code", example = "GRAIN_SOWN_AREA") @QueryParam("indicator") String indicator,
            @Parameter(description = "GB/T 2260 region code", example = "140802") @QueryParam("region") String region) {
        if (indicator != null) {
            referenceData.indicator(indicator, "indicator");
        }
        if (region != null) {
            referenceData.region(region);
        }
        List<TargetResult> results = targetsAndClaims.targetResults(dataVersion.current(), indicator, region);
        return PageResponse.of(results, 1000, null, (long) results.size());
    }

    @GET
    @Path("/claims/check")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkClaim", summary = "Check a claimed figure against the published one",
            description = "Answers matches, differs (with the published figure) or not_published, with the citation. "
                    + "Units are converted: 400 亿元 matches 40000000000 CNY.")
    @APIResponse(responseCode = "200", description = "The verdict",
            content = @Content(schema = @Schema(implementation = ClaimCheck.class),
                    examples = @ExampleObject(name = "matches", value = """
                            {"verdict":"matches","claim":{"indicator":"GDP","region":"140802","period":"2023",
                            "kind":"actual","value":400,"unit":"亿元","base_value":40000000000,"base_unit":"CNY"},
                            "published":{"id":"GDP.140802.2023.actual.v1","value":400,"comparator":{"code":"gt",
                            "label":{"zh":"突破/超过","en":"more than"}}},"consistent_with_qualifier":true,
                            "explanation":{"zh":"与已发布数字一致：全区地区生产总值突破400亿元",
                            "en":"Matches the published figure (more than 400 亿元): 全区地区生产总值突破400亿元"}}""")))
    @APIResponse(responseCode = "400", description = "Missing or malformed parameters, unknown indicator or unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClaimCheck check(
            @Parameter(description = "Indicator code", example = "GDP", required = true) @QueryParam("indicator") String indicator,
            @Parameter(description = "Period", example = "2023", required = true) @QueryParam("period") String period,
            @Parameter(description = "The claimed value", example = "400", required = true,
                    schema = @Schema(type = SchemaType.NUMBER)) @QueryParam("value") String value,
            @Parameter(description = "Unit of the claimed value (default: the indicator's unit)", example = "亿元")
            @QueryParam("unit") String unit,
            @Parameter(description = "GB/T 2260 region code", example = "140802") @QueryParam("region")
            @DefaultValue("140802") String region,
            @Parameter(description = "Compare with actuals or targets", schema = @Schema(enumeration = {"actual", "target"},
                    defaultValue = "actual")) @QueryParam("kind") @DefaultValue("actual") String kind) {
        require("indicator", indicator);
        require("period", period);
        require("value", value);
        if (!Codes.KIND_CODES.contains(kind)) {
            throw ProblemException.unknownCode("kind", kind, Codes.KIND_CODES);
        }
        referenceData.region(region);
        return targetsAndClaims.check(indicator, region, period, kind, number("value", value), unit);
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(field, field + " is required");
        }
    }

    private static BigDecimal number(String field, String value) {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(field, field + " must be a number such as 400 or 29.8, got '" + value + "'");
        }
    }

    @Schema(name = "TargetResultPage")
    public record TargetResultPage(List<TargetResult> items, PageResponse.PageInfo page) {
    }
}
