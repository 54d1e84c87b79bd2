package org.yanhu.opendata.indicators.rest.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.view.CodeLabel;
import org.yanhu.opendata.indicators.Observation;
import org.yanhu.opendata.indicators.service.TargetOutcome;

@Schema(name = "TargetResult", description = "A target paired with the actual for the same indicator, region and period")
public record TargetResult(
        @Schema(example = "GRAIN_SOWN_AREA") String indicator,
        Label indicatorName,
        CodeLabel region,
        @Schema(example = "2024") String period,
        ObservationView target,
        ObservationView actual,
        @Schema(enumeration = {"met", "exceeded", "missed", "undetermined"},
                description = "undetermined: the actual is published only as a bound that cannot settle it")
        String outcome,
        Label explanation) {

    public static TargetResult of(TargetOutcome outcome) {
        Observation target = outcome.target();
        return new TargetResult(target.indicator.code, new Label(target.indicator.nameZh, target.indicator.nameEn),
                CodeListViews.region(target.region), target.period, ObservationView.of(target, true),
                ObservationView.of(outcome.actual(), true), outcome.outcome(), outcome.explanation());
    }
}
