package org.yanhu.opendata.indicators.rest.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.view.CodeLabel;
import org.yanhu.opendata.api.view.UnitView;
import org.yanhu.opendata.indicators.Indicator;

public record IndicatorSummary(
        @Schema(example = "GDP") String code,
        Label name,
        CodeLabel topic,
        UnitView unit,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "level (a point in time; never a span "
                + "period), flow (summed over the period) or change (growth over the period)")
        org.yanhu.opendata.api.view.CodeLabel measure,
        @Schema(example = "/api/v1/indicators/GDP") String link) {

    public static IndicatorSummary of(Indicator i) {
        return new IndicatorSummary(i.code, new Label(i.nameZh, i.nameEn), CodeListViews.topic(i.topic),
                CodeListViews.unit(i.unit), IndicatorDetail.measure(i),
                Links.indicator(i.code));
    }
}
