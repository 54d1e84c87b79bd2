package org.yanhu.opendata.indicators.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.yanhu.opendata.api.error.BadRequest;
import org.yanhu.opendata.api.params.RegionCodes;
import org.yanhu.opendata.indicators.ObservationKind;
import org.yanhu.opendata.indicators.Period;
import org.yanhu.opendata.indicators.service.ObservationFilter;

/**
 * The filters of observation lists, typed and validated where they arrive. Indicators, regions and sources
 * are open vocabularies (strings, checked against their code lists); kind and versions are closed.
 */
public class ObservationParams {

    static final String YEAR_RANGE = "must be a year between 1949 and 2100";

    @QueryParam("indicator")
    @Parameter(description = "Indicator codes, comma-separated (see /api/v1/indicators)", example = "GDP,TOURIST_VISITS")
    String indicator;

    @QueryParam("region")
    @Pattern(regexp = RegionCodes.PATTERN, message = RegionCodes.MESSAGE)
    @Parameter(description = "GB/T 2260 region code (see /api/v1/regions)", example = "140802")
    String region;

    @QueryParam("from")
    @Min(value = 1949, message = YEAR_RANGE)
    @Max(value = 2100, message = YEAR_RANGE)
    @Parameter(description = "First year: periods ending in or after it", example = "2021")
    Integer from;

    @QueryParam("to")
    @Min(value = 1949, message = YEAR_RANGE)
    @Max(value = 2100, message = YEAR_RANGE)
    @Parameter(description = "Last year: periods starting in or before it", example = "2025")
    Integer to;

    @QueryParam("period")
    @Pattern(regexp = "\\d{4}(-\\d{4})?", message = "must be a year (2023) or a span of years (2021-2025)")
    @Parameter(description = "Exact period: a year or a span of years", example = "2023")
    String period;

    @QueryParam("kind")
    @Parameter(description = "actual (reported results) or target (planned goals)")
    ObservationKind kind;

    @QueryParam("source")
    @Parameter(description = "Source document id (see /api/v1/sources)", example = "000_1861cacfb8655aea")
    String source;

    @QueryParam("latest")
    @DefaultValue("false")
    @Parameter(description = "Only the most recent actual of each indicator and region")
    boolean latest;

    @QueryParam("as_of")
    @Parameter(description = "What had been published by this date (ISO 8601): the real-time view",
            example = "2024-12-31")
    LocalDate asOf;

    @QueryParam("versions")
    @DefaultValue("current")
    @Parameter(description = "current (default) or all versions of each figure")
    Versions versions;

    public ObservationFilter filter() {
        List<String> codes = indicator == null || indicator.isBlank() ? null
                : Arrays.stream(indicator.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (from != null && to != null && from > to) {
            throw new BadRequest("from", "from (" + from + ") is after to (" + to + ")");
        }
        return new ObservationFilter(codes, region, from, to, period == null ? null : Period.parse("period", period),
                kind == null ? null : kind.code(), source, latest, asOf, versions == Versions.ALL);
    }
}
