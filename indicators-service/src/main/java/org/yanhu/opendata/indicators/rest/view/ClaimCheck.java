package org.yanhu.opendata.indicators.rest.view;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.quantity.Quantity;
import org.yanhu.opendata.indicators.service.ClaimVerdict;

@Schema(name = "ClaimCheck", description = "The verdict on a claimed figure, with the citation")
public record ClaimCheck(
        @Schema(enumeration = {"matches", "differs", "not_published"}) String verdict,
        Claim claim,
        @Schema(description = "The published figure the claim was checked against; null when none", nullable = true)
        ObservationView published,
        @Schema(description = "Whether the claim fits the published qualifier (e.g. 410 fits 突破400 'more than 400'); "
                + "null when nothing was published", nullable = true)
        Boolean consistentWithQualifier,
        Label explanation) {

    @Schema(name = "Claim")
    public record Claim(String indicator, String region, String period, String kind, BigDecimal value, String unit,
            BigDecimal baseValue, String baseUnit) {

        static Claim of(ClaimVerdict.Claim claim) {
            Quantity q = claim.quantity();
            return new Claim(claim.indicator(), claim.region(), claim.period(), claim.kind(), q.value(), q.unit(),
                    q.baseValue(), q.baseUnit());
        }
    }

    public static ClaimCheck of(ClaimVerdict verdict) {
        return new ClaimCheck(verdict.verdict(), Claim.of(verdict.claim()),
                verdict.published() == null ? null : ObservationView.of(verdict.published(), true),
                verdict.consistentWithQualifier(), verdict.explanation());
    }
}
