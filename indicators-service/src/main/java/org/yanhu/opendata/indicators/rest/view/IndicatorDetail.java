package org.yanhu.opendata.indicators.rest.view;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.view.CodeLabel;
import org.yanhu.opendata.api.view.UnitView;
import org.yanhu.opendata.indicators.Indicator;
import org.yanhu.opendata.indicators.SourceDocument;
import org.yanhu.opendata.indicators.service.IndicatorProfile;

public record IndicatorDetail(
        @Schema(example = "GDP") String code,
        Label name,
        Label description,
        CodeLabel topic,
        UnitView unit,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "level (a point in time; never a span "
                + "period), flow (summed over the period) or change (growth over the period)")
        org.yanhu.opendata.api.view.CodeLabel measure,
        @Schema(description = "Periods with at least one published figure", example = "[\"2023\", \"2021-2025\"]")
        List<String> periods,
        List<SourceRef> sources,
        @Schema(description = "The most recent actual value, with its citation; null when only targets exist",
                nullable = true)
        ObservationView latestActual,
        @Schema(example = "/api/v1/indicators/GDP/observations") String observations,
        @Schema(example = "/api/v1/indicators/GDP/chart.svg") String chart) {

    @Schema(name = "SourceRef")
    public record SourceRef(String id, Label title, LocalDate publishedOn, String link) {
    }

    public static IndicatorDetail of(IndicatorProfile profile) {
        Indicator i = profile.indicator();
        return new IndicatorDetail(i.code, new Label(i.nameZh, i.nameEn), new Label(i.descriptionZh, i.descriptionEn),
                CodeListViews.topic(i.topic), CodeListViews.unit(i.unit), measure(i), profile.periods(),
                profile.sources().stream().map(IndicatorDetail::sourceRef).toList(),
                profile.latestActual() == null ? null : ObservationView.of(profile.latestActual()),
                Links.indicator(i.code) + "/observations", Links.indicator(i.code) + "/chart.svg");
    }

    static org.yanhu.opendata.api.view.CodeLabel measure(org.yanhu.opendata.indicators.Indicator i) {
        return org.yanhu.opendata.api.view.CodeLabel.of(
                org.yanhu.opendata.indicators.IndicatorMeasure.of(i.measure).orElse(null));
    }

    private static SourceRef sourceRef(SourceDocument s) {
        return new SourceRef(s.id, new Label(s.titleZh, s.titleEn), s.publishedOn, Links.source(s.id));
    }
}
