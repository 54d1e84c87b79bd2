package org.yanhu.opendata.indicators.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.indicators.service.CandidateReview;

/** The bodies of the decisions on a candidate. */
public final class CandidateDecisions {

    private CandidateDecisions() {
    }

    @Schema(name = "CandidateAcceptance", description = "The indicator the figure belongs to (or a new one), and any "
            + "corrections of the extracted fields; a field left out keeps its extracted value")
    public record Accept(
            @Schema(description = "An existing indicator code", example = "GDP", nullable = true)
            @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "must be an indicator code such as GDP") String indicator,
            @Schema(nullable = true) @Valid NewIndicator newIndicator,
            @Schema(nullable = true, example = "400") BigDecimal value,
            @Schema(nullable = true, example = "亿元") @Size(min = 1, max = 16) String unit,
            @Schema(nullable = true, enumeration = {"eq", "gt", "gte", "lt", "lte", "approx"})
            @Pattern(regexp = "eq|gt|gte|lt|lte|approx", message = "must be one of eq, gt, gte, lt, lte, approx")
            String comparator,
            @Schema(nullable = true, enumeration = {"actual", "target"})
            @Pattern(regexp = "actual|target", message = "must be actual or target") String kind,
            @Schema(nullable = true, example = "2023")
            @Pattern(regexp = "\\d{4}(-\\d{4})?", message = "must be YYYY or YYYY-YYYY") String period,
            @Schema(description = "A corrected quote: verbatim from the stored text", nullable = true)
            @Size(min = 1, max = 2000) String quote,
            @Schema(description = "The corrected quote's start, in code points", nullable = true)
            @Min(value = 0, message = "must be 0 or more") Integer start,
            @Schema(description = "The corrected quote's end (exclusive), in code points", nullable = true)
            @Min(value = 1, message = "must be 1 or more") Integer end) {

        CandidateReview.Corrections corrections() {
            if (value == null && unit == null && comparator == null && kind == null && period == null && quote == null
                    && start == null && end == null) {
                return null;
            }
            return new CandidateReview.Corrections(value, unit, comparator, kind, period, quote, start, end);
        }

        CandidateReview.NewIndicator created() {
            return newIndicator == null ? null : new CandidateReview.NewIndicator(newIndicator.code(),
                    newIndicator.name().zh(), newIndicator.name().en(), newIndicator.topic(), newIndicator.unit(),
                    newIndicator.measure());
        }
    }

    @Schema(name = "NewIndicator", description = "An indicator created in the accepting call")
    public record NewIndicator(
            @Schema(example = "SMART_PARKING_SPACES") @NotBlank
            @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "must be upper case letters, digits and '_'") String code,
            @NotNull @Valid SourceUpload.Title name,
            @Schema(description = "See /api/v1/topics", example = "urban") @NotBlank String topic,
            @Schema(description = "See /api/v1/units", example = "个") @NotBlank String unit,
            @Schema(enumeration = {"level", "flow", "change"}) @NotBlank
            @Pattern(regexp = "level|flow|change", message = "must be level, flow or change") String measure) {
    }

    @Schema(name = "CandidateRejection")
    public record Reject(@Schema(example = "a project's capacity, not an indicator") @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "CandidateNote", description = "Why the figure is not an observation (a project metric, a pledge target)")
    public record Note(@Schema(example = "project metric: guangran-pv-150mw-phase1 capacity") @NotBlank @Size(max = 2000)
            String note) {
    }
}
