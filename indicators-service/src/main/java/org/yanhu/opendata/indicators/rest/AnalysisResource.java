package org.yanhu.opendata.indicators.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.yanhu.opendata.api.params.RegionCodes;
import org.yanhu.opendata.api.problem.ProblemResponses;
import org.yanhu.opendata.indicators.rest.view.ClaimCheck;
import org.yanhu.opendata.indicators.rest.view.TargetResult;
import org.yanhu.opendata.indicators.service.ClaimChecker;
import org.yanhu.opendata.indicators.service.KnownCodes;
import org.yanhu.opendata.indicators.service.TargetResultQuery;

@Path("/api/v1")
@Tag(name = "Fact checking", description = "Targets against actuals, and claims against published figures")
public class AnalysisResource {

    @Inject
    TargetResultQuery targetResults;

    @Inject
    ClaimChecker claims;

    @Inject
    KnownCodes knownCodes;

    @Inject
    DataVersionTable dataVersion;

    @GET
    @Path("/target-results")
    @Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Operation(operationId = "listTargetResults", summary = "Targets paired with actuals",
            description = "Every current target that has a current actual for the same indicator, region and period, "
                    + "with whether it was met. Qualifiers count: a target of 'at least 50.5' is met by 50.5.")
    @APIResponse(responseCode = "200", description = "The pairs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TargetResultPage.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "406", ref = ProblemResponses.NOT_ACCEPTABLE)
    public PageResponse<TargetResult> targetResults(
            @Parameter(description = "Indicator code", example = "GRAIN_SOWN_AREA") @QueryParam("indicator") String indicator,
            @Parameter(description = "GB/T 2260 region code", example = "140802") @QueryParam("region")
            @Pattern(regexp = RegionCodes.PATTERN, message = RegionCodes.MESSAGE) String region) {
        if (indicator != null) {
            knownCodes.indicator(indicator);
        }
        if (region != null) {
            knownCodes.region(region);
        }
        return PageResponse.of(Page.whole(targetResults.targetResults(dataVersion.current(), indicator, region)),
                TargetResult::of);
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
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public ClaimCheck check(@Valid @BeanParam ClaimParams params) {
        knownCodes.region(params.region);
        return ClaimCheck.of(claims.check(params.indicator, params.region, params.period, params.kind.code(),
                params.value, params.unit));
    }

    @Schema(name = "TargetResultPage")
    public record TargetResultPage(List<TargetResult> items, PageResponse.PageInfo page) {
    }
}
