package org.yanhu.opendata.projects;

import com.fasterxml.jackson.annotation.JsonValue;
import org.yanhu.opendata.api.i18n.Label;

/** What a release is: the registration, a status claim quoted from a document, or a correction. */
public enum ReleaseKind implements ClosedVocabulary {

    REGISTRATION("registration", "登记", "registration"),
    STATUS("status", "状态", "status claim"),
    CORRECTION("correction", "更正", "correction");

    private final String code;
    private final Label label;

    ReleaseKind(String code, String zh, String en) {
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

    public static ReleaseKind of(String code) {
        return ClosedVocabulary.byCode(ReleaseKind.class, code)
                .orElseThrow(() -> new IllegalArgumentException("unknown release kind '" + code + "'"));
    }
}
