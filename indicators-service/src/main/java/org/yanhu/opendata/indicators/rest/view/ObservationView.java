package org.yanhu.opendata.indicators.rest.view;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.quantity.Comparator;
import org.yanhu.opendata.api.quantity.Decimals;
import org.yanhu.opendata.api.view.Citation;
import org.yanhu.opendata.api.view.CodeLabel;
import org.yanhu.opendata.api.view.UnitView;
import org.yanhu.opendata.indicators.Observation;
import org.yanhu.opendata.indicators.ObservationKind;
import org.yanhu.opendata.indicators.service.VersionedObservation;

@Schema(name = "Observation", description = "One published figure, as published and in base units, with its citation")
public record ObservationView(
        @Schema(description = "Stable id: indicator.region.period.kind.vVersion", example = "GDP.140802.2023.actual.v1")
        String id,
        @Schema(example = "GDP") String indicator,
        Label indicatorName,
        CodeLabel region,
        @Schema(example = "2023") String period,
        CodeLabel kind,
        @Schema(description = "The qualifier the text uses: gt = 突破/超过, gte = 以上, approx = 近/约/余")
        CodeLabel comparator,
        @Schema(description = "The value as published", example = "400") BigDecimal value,
        UnitView unit,
        @Schema(description = "The value in the base unit", example = "40000000000") BigDecimal baseValue,
        @Schema(example = "CNY") String baseUnit,
        Citation source,
        @Schema(description = "Version within the series; a restatement adds a version", example = "1") int version,
        @Schema(description = "Whether this is the current version (as of as_of, when given)") boolean isCurrent,
        OffsetDateTime recordedAt,
        @Schema(description = "Set when the figure was withdrawn: it is kept, never current again, and out of current "
                + "answers, charts and claim checks", nullable = true) Withdrawal withdrawal) {

    @Schema(name = "Withdrawal", description = "Why and when a figure was withdrawn, and what replaces it")
    public record Withdrawal(Label reason, @Schema(example = "2026-12-01") java.time.LocalDate withdrawnAt,
            @Schema(description = "The series that replaces it: indicator.region.period.kind", nullable = true,
                    example = "GDP.140802.2025.actual") String replacedBy,
            @Schema(description = "The series it was merged into", nullable = true) String mergedInto) {

        static Withdrawal of(Observation o) {
            return o.withdrawnOn == null ? null : new Withdrawal(new Label(o.withdrawalReasonZh, o.withdrawalReasonEn),
                    o.withdrawnOn, o.replacedBy, o.mergedInto);
        }
    }


    public static ObservationView of(VersionedObservation v) {
        return of(v.observation(), v.current());
    }

    public static ObservationView of(Observation o, boolean current) {
        return new ObservationView(
                o.indicator.code + "." + o.region.code + "." + o.period + "." + o.kind + ".v" + o.version,
                o.indicator.code,
                new Label(o.indicator.nameZh, o.indicator.nameEn),
                CodeListViews.region(o.region),
                o.period,
                CodeLabel.of(ObservationKind.of(o.kind).orElseThrow()),
                CodeLabel.of(Comparator.of(o.comparator).orElseThrow()),
                Decimals.plain(o.measure.value()),
                CodeListViews.unit(o.unit),
                Decimals.plain(o.measure.baseValue()),
                o.measure.baseUnit(),
                CodeListViews.citation(o.source, o.quote),
                o.version,
                current && o.withdrawnOn == null,
                o.recordedAt,
                Withdrawal.of(o));
    }
}
