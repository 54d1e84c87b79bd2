package org.yanhu.opendata.indicators.rest.view;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.judgement.AllowedValues;
import org.yanhu.opendata.api.quantity.Decimals;
import org.yanhu.opendata.api.quantity.Quantity;
import org.yanhu.opendata.api.view.CodeLabel;
import org.yanhu.opendata.indicators.service.ClaimVerdict;

@Schema(name = "ClaimCheck", description = "The verdict on a claimed figure, with the citation. matches: the same "
        + "figure with the same qualifier; consistent: the claim lies inside what the published figure allows; "
        + "contradicts: outside it; not_published: no figure for that indicator, region, period and kind.")
public record ClaimCheck(
        @Schema(enumeration = {"matches", "consistent", "contradicts", "not_published"}) String verdict,
        Claim claim,
        @Schema(description = "The current published figure the claim was checked against; null when none",
                nullable = true)
        ObservationView published,
        @Schema(description = "What the published figure allows, in its unit; null when nothing was published",
                nullable = true)
        Allowed publishedAllows,
        @Schema(description = "The series' other versions (earlier statements, withdrawn ones); the verdict is "
                + "always against the current one")
        List<ObservationView> otherVersions,
        @Schema(description = "For not_published: the nearest periods that have a figure of this indicator, "
                + "region and kind", example = "[\"2023\", \"2025\"]")
        List<String> nearestPeriods,
        @Schema(description = "Names the published bound and the quote") Label explanation) {

    @Schema(name = "Claim")
    public record Claim(String indicator, String region, String period, String kind,
            @Schema(description = "The claim's own qualifier (default eq)") CodeLabel comparator, BigDecimal value,
            String unit, BigDecimal baseValue, String baseUnit) {

        static Claim of(ClaimVerdict.Claim claim) {
            Quantity q = claim.quantity();
            return new Claim(claim.indicator(), claim.region(), claim.period(), claim.kind(),
                    CodeLabel.of(q.comparator()), q.value(), q.unit(), q.baseValue(), q.baseUnit());
        }
    }

    @Schema(name = "AllowedValues", description = "An interval; a null end is unbounded. 近641万人次 allows 640 to "
            + "641; 突破400亿元 allows 400 and more")
    public record Allowed(@Schema(nullable = true) BigDecimal lower, boolean lowerInclusive,
            @Schema(nullable = true) BigDecimal upper, boolean upperInclusive, String unit, Label description) {

        static Allowed of(AllowedValues a, String unit) {
            return a == null ? null : new Allowed(Decimals.plain(a.lower()), a.lowerInclusive(),
                    Decimals.plain(a.upper()), a.upperInclusive(), unit,
                    new Label(a.describeZh(unit), a.describeEn(unit)));
        }
    }

    public static ClaimCheck of(ClaimVerdict verdict) {
        return new ClaimCheck(verdict.verdict().code(), Claim.of(verdict.claim()),
                verdict.published() == null ? null : ObservationView.of(verdict.published(), true),
                verdict.published() == null ? null : Allowed.of(verdict.publishedAllows(), verdict.published().unit.code),
                verdict.otherVersions().stream().map(o -> ObservationView.of(o, false)).toList(),
                verdict.nearestPeriods(), verdict.explanation());
    }
}
