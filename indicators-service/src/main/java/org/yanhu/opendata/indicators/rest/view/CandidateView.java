package org.yanhu.opendata.indicators.rest.view;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.quantity.Comparator;
import org.yanhu.opendata.api.quantity.Decimals;
import org.yanhu.opendata.indicators.CandidateStatus;
import org.yanhu.opendata.indicators.ExtractionCandidate;
import org.yanhu.opendata.indicators.ObservationKind;

@Schema(name = "Candidate", description = "A figure the extractor proposes from a source text, for review")
public record CandidateView(
        @Schema(description = "Stable id: a hash of (source, the number's offsets, value)", example = "c-5f1d0c3a9e2b7d41")
        String id,
        @Schema(description = "The number, as a JSON number", example = "400") BigDecimal value,
        @Schema(description = "The number's characters as written", example = "400") String text,
        @Schema(description = "The unit as written", example = "亿元") String unit,
        @Schema(example = "100000000") BigDecimal multiplier,
        @Schema(description = "The value in the base unit", example = "40000000000") BigDecimal baseValue,
        @Schema(example = "CNY") String baseUnit,
        @Schema(description = "From the qualifier words around the number") Comparator comparator,
        ObservationKind kind,
        @Schema(description = "YYYY or YYYY-YYYY; null when neither the headings nor the sentence settle it",
                example = "2023", nullable = true) String period,
        @Schema(description = "The shortest clause that states the figure, verbatim", example = "全区地区生产总值突破400亿元大关")
        String quote,
        @Schema(description = "Where the quote starts in the stored text, in Unicode code points", example = "469") int start,
        @Schema(description = "Where the quote ends (exclusive), in code points", example = "486") int end,
        @Schema(description = "The nearest heading above the figure", nullable = true) String section,
        @Schema(nullable = true) Suggestion suggestedIndicator,
        CandidateStatus status) {

    @Schema(name = "SuggestedIndicator", description = "The existing indicator the figure most likely belongs to")
    public record Suggestion(@Schema(example = "GDP") String code,
            @Schema(description = "From 0 to 1", example = "1.0") BigDecimal score) {
    }

    public static CandidateView of(ExtractionCandidate c) {
        return new CandidateView(c.id, Decimals.plain(c.value), c.valueText, c.unit, Decimals.plain(c.multiplier),
                Decimals.plain(c.baseValue), c.baseUnit, Comparator.of(c.comparator).orElseThrow(),
                ObservationKind.of(c.kind).orElseThrow(), c.period, c.quote, c.quoteStart, c.quoteEnd, c.section,
                c.suggestedIndicator == null ? null : new Suggestion(c.suggestedIndicator, c.suggestedScore),
                CandidateStatus.of(c.status).orElseThrow());
    }
}
