package org.yanhu.opendata.indicators.rest.view;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.quantity.Comparator;
import org.yanhu.opendata.indicators.CandidateDecision;
import org.yanhu.opendata.indicators.CandidateStatus;
import org.yanhu.opendata.indicators.ObservationKind;
import org.yanhu.opendata.indicators.service.CandidateQuery;

@Schema(name = "CandidateDetail", description = "A candidate with the observation it became and every decision on it")
public record CandidateDetail(
        String id,
        BigDecimal value,
        String text,
        String unit,
        BigDecimal multiplier,
        BigDecimal baseValue,
        String baseUnit,
        Comparator comparator,
        ObservationKind kind,
        @Schema(nullable = true) String period,
        String quote,
        int start,
        int end,
        @Schema(nullable = true) String section,
        @Schema(nullable = true) CandidateView.Suggestion suggestedIndicator,
        CandidateStatus status,
        @Schema(description = "The observations of the source, once the candidate is accepted", nullable = true,
                example = "/api/v1/observations?source=000_1861cacfb8655aea") String observations,
        @Schema(description = "Every decision, oldest first") List<Decision> decisions) {

    @Schema(name = "CandidateDecision", description = "One decision on a candidate: by which API key, when")
    public record Decision(
            @Schema(example = "accepted") CandidateStatus decision,
            @Schema(nullable = true, example = "GDP") String indicator,
            @Schema(description = "The reason of a rejection, the note of not_an_observation", nullable = true)
            String note,
            @Schema(description = "The corrections sent with an accept", nullable = true, type = SchemaType.OBJECT)
            Map<String, Object> corrections,
            @Schema(description = "The name of the API key", example = "curator") String decidedBy,
            OffsetDateTime decidedAt) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public static CandidateDetail of(CandidateQuery.Reviewed r) {
        CandidateView v = CandidateView.of(r.candidate());
        return new CandidateDetail(v.id(), v.value(), v.text(), v.unit(), v.multiplier(), v.baseValue(), v.baseUnit(),
                v.comparator(), v.kind(), v.period(), v.quote(), v.start(), v.end(), v.section(), v.suggestedIndicator(),
                v.status(), r.candidate().observationId == null ? null : Links.observationsOfSource(r.candidate().sourceId),
                r.decisions().stream().map(CandidateDetail::decision).toList());
    }

    private static Decision decision(CandidateDecision d) {
        Map<String, Object> corrections = null;
        if (d.corrections != null) {
            try {
                corrections = JSON.readValue(d.corrections, new TypeReference<Map<String, Object>>() {
                });
            } catch (IOException e) {
                throw new IllegalStateException("stored corrections are not JSON", e);
            }
        }
        return new Decision(CandidateStatus.of(d.decision).orElseThrow(), d.indicator, d.note, corrections, d.decidedBy,
                d.decidedAt);
    }
}
