package org.yanhu.opendata.indicators;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.vocabulary.ClosedVocabulary;

/** Whether a figure reports a result or sets a goal. */
public enum ObservationKind implements ClosedVocabulary {
    ACTUAL("actual", "实际", "actual"),
    TARGET("target", "目标", "target");

    private final String code;
    private final Label label;

    ObservationKind(String code, String zh, String en) {
        this.code = code;
        this.label = new Label(zh, en);
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public Label label() {
        return label;
    }

    public static Optional<ObservationKind> of(String code) {
        return ClosedVocabulary.byCode(ObservationKind.class, code);
    }
}
