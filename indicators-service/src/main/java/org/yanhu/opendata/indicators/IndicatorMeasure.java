package org.yanhu.opendata.indicators;

import java.util.Optional;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.vocabulary.ClosedVocabulary;

/**
 * What kind of quantity an indicator is. A level is measured at a point in time, so it is never served with a
 * span period: a figure a plan-period summary says was reached by the end of the period belongs to its last year.
 */
public enum IndicatorMeasure implements ClosedVocabulary {
    LEVEL("level", "存量/时点值", "level: measured at a point in time (population, a rate, a stock)"),
    FLOW("flow", "流量/期间合计", "flow: summed over the period (GDP, investment); a span is the sum over the span"),
    CHANGE("change", "变动", "change: growth over the period; a span is the change over the whole span");

    private final String code;
    private final Label label;

    IndicatorMeasure(String code, String zh, String en) {
        this.code = code;
        this.label = new Label(zh, en);
    }

    @Override
    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return code;
    }

    @Override
    public Label label() {
        return label;
    }

    public static Optional<IndicatorMeasure> of(String code) {
        return ClosedVocabulary.byCode(IndicatorMeasure.class, code);
    }
}
