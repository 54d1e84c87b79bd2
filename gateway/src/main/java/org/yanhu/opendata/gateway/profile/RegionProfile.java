package org.yanhu.opendata.gateway.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;

/** A region at a glance: headline figures with their sources, and its projects counted. */
@Schema(name = "RegionProfile")
public record RegionProfile(
        RegionRef region,
        @Schema(description = "The latest actual value of each headline indicator, with its citation")
        List<Figure> headline,
        @Schema(description = "Number of indicators with a latest actual value for the region; null when the "
                + "indicators service is unavailable", nullable = true, example = "68") Integer indicatorsWithData,
        @Schema(description = "Projects counted by sector and by status; null when the projects service is "
                + "unavailable", nullable = true) ProjectCounts projects,
        @Schema(description = "Whether every service answered") boolean complete,
        @Schema(description = "Services that did not answer, and why") List<Unavailable> unavailable,
        @Schema(description = "Where to read more") Links links) {

    @Schema(name = "RegionProfileRegion")
    public record RegionRef(@Schema(example = "140802") String code,
            @Schema(nullable = true) Label label,
            @Schema(enumeration = {"province", "prefecture", "county"}, nullable = true, example = "county")
            String level,
            @Schema(nullable = true, example = "140800") String parent) {
    }

    /** One published figure as the profile shows it. */
    @Schema(name = "RegionProfileFigure")
    public record Figure(
            @Schema(example = "GDP") String indicator,
            Label name,
            @Schema(example = "2021-2025") String period,
            @Schema(description = "eq, gt, gte, lt, lte or approx", example = "gt") String comparator,
            @Schema(description = "The value as published", example = "400") BigDecimal value,
            @Schema(description = "The unit as published", example = "亿元") String unit,
            @Schema(nullable = true) Label unitLabel,
            @Schema(description = "The value in the base unit", example = "40000000000") BigDecimal baseValue,
            @Schema(example = "CNY") String baseUnit,
            Source source,
            @Schema(example = "/api/v1/indicators/GDP/observations?region=140802") String link) {
    }

    /** The document that states a figure, and the words it uses. */
    @Schema(name = "RegionProfileSource")
    public record Source(@Schema(example = "004_006121198c1df0a0") String id, Label title,
            @Schema(example = "2025-12-29") LocalDate publishedOn,
            @Schema(example = "全区地区生产总值突破400亿元") String quote) {
    }

    @Schema(name = "RegionProjectCounts")
    public record ProjectCounts(
            @Schema(description = "Number of projects", example = "211") long total,
            List<Count> bySector,
            List<Count> byStatus,
            @Schema(example = "/api/v1/projects") String link) {
    }

    @Schema(name = "RegionProjectCount")
    public record Count(@Schema(example = "culture.tourism") String code, @Schema(nullable = true) Label label,
            @Schema(example = "13") long count) {
    }

    @Schema(name = "RegionProfileUnavailable")
    public record Unavailable(@Schema(example = "projects") String service,
            @Schema(example = "The projects service is unavailable: no instance accepts connections") String detail) {
    }

    @Schema(name = "RegionProfileLinks")
    public record Links(@Schema(example = "/api/v1/observations?region=140802&latest=true") String observations,
            @Schema(example = "/api/v1/projects") String projects) {
    }
}
