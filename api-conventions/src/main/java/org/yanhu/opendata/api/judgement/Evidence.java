package org.yanhu.opendata.api.judgement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.vocabulary.ClosedVocabulary;

/** Whether a judgement (a pledge outcome, a project status) is what the text states or what curators inferred. */
public enum Evidence implements ClosedVocabulary {
    STATED("stated", "原文明确", "stated: the report says so of this pledge or its named object"),
    INFERRED("inferred", "推断", "inferred: curators matched a figure of another year, wording or scope");

    private final String code;
    private final Label label;

    Evidence(String code, String zh, String en) {
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

    public static Optional<Evidence> of(String code) {
        return ClosedVocabulary.byCode(Evidence.class, code);
    }

    @JsonCreator
    static Evidence fromJson(String code) {
        return of(code).orElseThrow(() -> new IllegalArgumentException("unknown evidence '" + code + "'"));
    }
}
