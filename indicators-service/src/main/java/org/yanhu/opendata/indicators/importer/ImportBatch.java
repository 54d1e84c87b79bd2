package org.yanhu.opendata.indicators.importer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bulk import: observations, and optionally the reference rows they need. The start-up dataset
 * loader builds one of these from the CSV files, so there is a single write path.
 */
@Schema(name = "ImportBatch")
public record ImportBatch(
        @Valid List<TopicRow> topics,
        @Valid List<UnitRow> units,
        @Valid List<RegionRow> regions,
        @Valid List<SourceRow> sources,
        @Valid List<IndicatorRow> indicators,
        @NotNull @Size(max = 100000) @Valid List<ObservationRow> observations,
        @Schema(description = "Observations to withdraw (kept, never current again), with the reason", nullable = true)
        @Size(max = 10000) @Valid List<WithdrawalRow> withdrawals) {

    /** A batch without withdrawals. */
    public ImportBatch(List<TopicRow> topics, List<UnitRow> units, List<RegionRow> regions, List<SourceRow> sources,
            List<IndicatorRow> indicators, List<ObservationRow> observations) {
        this(topics, units, regions, sources, indicators, observations, null);
    }

    public List<WithdrawalRow> withdrawalsOrEmpty() {
        return withdrawals == null ? List.of() : withdrawals;
    }

    /**
     * An observation that is withdrawn, as ALFRED withdraws a vintage: the row as it was published (added first
     * when the database lacks it, so that every database holds the same history), when, why, and what replaces
     * it ({@code replaced_by}: the id of a series, indicator.region.period.kind) or what it was merged into.
     */
    @Schema(name = "WithdrawalRow")
    public record WithdrawalRow(@NotBlank String indicator, @NotBlank @Pattern(regexp = "\\d{6}") String region,
            @NotBlank @Pattern(regexp = "\\d{4}(-\\d{4})?") String period,
            @NotBlank @Pattern(regexp = "actual|target") String kind,
            @NotBlank @Pattern(regexp = "eq|gt|gte|lt|lte|approx") String comparator, @NotNull BigDecimal value,
            @NotBlank String unit, @NotBlank String source, @NotBlank @Size(max = 2000) String quote,
            @NotNull LocalDate withdrawnOn, @NotBlank String reasonZh, @NotBlank String reasonEn,
            @Size(max = 120) String replacedBy, @Size(max = 120) String mergedInto) {

        public ObservationRow observation() {
            return new ObservationRow(indicator, region, period, kind, comparator, value, unit, source, quote);
        }
    }

    public record TopicRow(@NotBlank @Pattern(regexp = "[a-z_]{2,32}") String code, @NotBlank String nameZh,
            @NotBlank String nameEn) {
    }

    public record UnitRow(@NotBlank @Size(max = 16) String code, @NotBlank String nameZh, @NotBlank String nameEn,
            @NotBlank @Pattern(regexp = "[a-z_A-Z]{1,32}") String baseUnit, @NotNull @Positive BigDecimal multiplier) {
    }

    public record RegionRow(@NotBlank @Pattern(regexp = "\\d{6}") String code, @NotBlank String nameZh,
            @NotBlank String nameEn, @NotBlank String level, @Pattern(regexp = "\\d{6}") String parentCode) {
    }

    public record SourceRow(@NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}") String id, @NotBlank String titleZh,
            @NotBlank String titleEn, @NotBlank String publisherZh, @NotBlank String publisherEn,
            @NotBlank String eventZh, @NotBlank String eventEn, LocalDate sessionStart, LocalDate sessionEnd,
            @NotNull LocalDate publishedOn, @NotBlank String covers, @NotBlank String attribution,
            @NotBlank @Pattern(regexp = "\\d{6}") String regionCode) {
    }

    public record IndicatorRow(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}") String code,
            @NotBlank String topic, @NotBlank String nameZh, @NotBlank String nameEn, @NotBlank String descriptionZh,
            @NotBlank String descriptionEn, @NotBlank String unit,
            @Schema(description = "level (a point in time), flow (summed over the period) or change", example = "flow")
            @NotBlank @Pattern(regexp = "level|flow|change", message = "must be level, flow or change") String measure) {
    }

    @Schema(name = "ObservationRow", description = "One published figure with its citation")
    public record ObservationRow(
            @Schema(example = "GDP") @NotBlank String indicator,
            @Schema(example = "140802") @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a GB/T 2260 code of 6 digits") String region,
            @Schema(example = "2023") @NotBlank @Pattern(regexp = "\\d{4}(-\\d{4})?", message = "must be YYYY or YYYY-YYYY") String period,
            @Schema(example = "actual") @NotBlank @Pattern(regexp = "actual|target", message = "must be actual or target") String kind,
            @Schema(example = "gt") @NotBlank @Pattern(regexp = "eq|gt|gte|lt|lte|approx", message = "must be one of eq, gt, gte, lt, lte, approx") String comparator,
            @Schema(example = "400") @NotNull BigDecimal value,
            @Schema(example = "亿元") @NotBlank String unit,
            @Schema(example = "000_1861cacfb8655aea") @NotBlank String source,
            @Schema(example = "全区地区生产总值突破400亿元") @NotBlank @Size(max = 2000) String quote) {
    }
}
