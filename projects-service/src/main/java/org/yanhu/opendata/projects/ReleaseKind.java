package org.yanhu.opendata.projects;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.vocabulary.ClosedVocabulary;

/**
 * What a release is: the registration, a status claim quoted from a document, a correction, or a withdrawal
 * (the project is kept with its history, and is out of current answers).
 */
public enum ReleaseKind implements ClosedVocabulary {

    REGISTRATION("登记", "registration"),
    STATUS("状态", "status claim"),
    CORRECTION("更正", "correction"),
    WITHDRAWAL("撤回", "withdrawal");

    private final Label label;

    ReleaseKind(String zh, String en) {
        this.label = new Label(zh, en);
    }

    /** The constant's name in lower case: {@code registration}. */
    @Override
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
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
