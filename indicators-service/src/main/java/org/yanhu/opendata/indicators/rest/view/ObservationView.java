package org.yanhu.opendata.indicators.rest.view;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.indicators.Observation;

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
        OffsetDateTime recordedAt) {

    public static ObservationView of(Observation o, CodeLabel region, boolean current) {
        return new ObservationView(
                o.indicator.code + "." + o.region.code + "." + o.period + "." + o.kind + ".v" + o.version,
                o.indicator.code,
                new Label(o.indicator.nameZh, o.indicator.nameEn),
                region,
                o.period,
                Codes.KINDS.get(o.kind),
                Codes.COMPARATORS.get(o.comparator),
                o.value.stripTrailingZeros(),
                UnitView.of(o.unit),
                o.baseValue.stripTrailingZeros(),
                o.baseUnit,
                Citation.of(o.source, o.quote),
                o.version,
                current,
                o.recordedAt);
    }
}
