package org.yanhu.opendata.indicators.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.yanhu.opendata.api.params.RegionCodes;
import org.yanhu.opendata.api.quantity.Comparator;
import org.yanhu.opendata.indicators.ObservationKind;

/** The parameters of a claim check, typed and validated where they arrive. */
public class ClaimParams {

    @QueryParam("indicator")
    @NotBlank(message = "is required")
    @Parameter(description = "Indicator code", example = "GDP", required = true)
    String indicator;

    @QueryParam("period")
    @NotBlank(message = "is required")
    @Parameter(description = "Period: a year or a span of years", example = "2023", required = true)
    String period;

    @QueryParam("value")
    @NotNull(message = "is required")
    @Parameter(description = "The claimed value", example = "400", required = true)
    BigDecimal value;

    @QueryParam("unit")
    @Parameter(description = "Unit of the claimed value (default: the indicator's unit)", example = "亿元")
    String unit;

    @QueryParam("comparator")
    @DefaultValue("eq")
    @Parameter(description = "The claim's own qualifier: eq (default), gt, gte, lt, lte or approx. 'At least 500' is "
            + "gte 500")
    Comparator comparator;

    @QueryParam("region")
    @DefaultValue("140802")
    @Pattern(regexp = RegionCodes.PATTERN, message = RegionCodes.MESSAGE)
    @Parameter(description = "GB/T 2260 region code", example = "140802")
    String region;

    @QueryParam("kind")
    @DefaultValue("actual")
    @Parameter(description = "Compare with actuals or targets")
    ObservationKind kind;
}
