package org.yanhu.opendata.indicators.rest;

import com.fasterxml.jackson.annotation.JsonValue;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.vocabulary.ClosedVocabulary;

/** Which versions of each figure a list gives: the current one, or every version. */
public enum Versions implements ClosedVocabulary {
    CURRENT("current", "当前版本", "the current version"),
    ALL("all", "全部版本", "every version");

    private final String code;
    private final Label label;

    Versions(String code, String zh, String en) {
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
}
