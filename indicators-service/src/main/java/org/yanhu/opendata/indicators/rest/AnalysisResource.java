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
            description = """
                    Every current target that has a current actual for the same indicator, region and period, \
                    with whether it was met. Qualifiers count: a target of 'at least 50.5' is met by 50.5.""")
    @APIResponse(responseCode = "200", description = "The pairs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TargetResultPage.class)))
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
            description = """
                    Answers matches (the same figure with the same qualifier), consistent (the claim lies \
                    inside what the published figure allows), contradicts (outside it) or not_published (with the \
                    nearest periods that have a figure), with the citation. Qualifiers count on both sides: \
                    突破400 allows 400 and more; 近641 allows 640 to 641. Units of the same dimension are converted: \
                    400 亿元 is 40000000000 CNY; a unit of another dimension is a 400.""")
    @APIResponse(responseCode = "200", description = "The verdict",
            content = @Content(schema = @Schema(implementation = ClaimCheck.class),
                    examples = @ExampleObject(name = "consistent", value = """
                            {"verdict":"consistent","claim":{"indicator":"GDP","region":"140802","period":"2023",
                            "kind":"actual","comparator":{"code":"eq","label":{"zh":"等于","en":"equal to"}},
                            "value":410,"unit":"亿元","base_value":41000000000,"base_unit":"CNY"},
                            "published":{"id":"GDP.140802.2023.actual.v1","value":400,"comparator":{"code":"gt",
                            "label":{"zh":"突破/超过","en":"more than"}}},
                            "published_allows":{"lower":400,"lower_inclusive":true,"upper":null,
                            "upper_inclusive":false,"unit":"亿元"},"other_versions":[],"nearest_periods":[],
                            "explanation":{"zh":"与已发布数字相符……","en":"Consistent with the published figure: ..."}}""")))
    public ClaimCheck check(@Valid @BeanParam ClaimParams params) {
        knownCodes.region(params.region);
        return ClaimCheck.of(claims.check(params.indicator, params.region, params.period, params.kind.code(),
                params.value, params.unit, params.comparator));
    }

    @Schema(name = "TargetResultPage")
    public record TargetResultPage(List<TargetResult> items, PageResponse.PageInfo page) {
    }
}
