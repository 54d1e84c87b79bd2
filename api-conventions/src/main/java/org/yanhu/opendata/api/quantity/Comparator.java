package org.yanhu.opendata.api.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.vocabulary.ClosedVocabulary;

/** How a published figure relates to its value: the qualifier the text uses (突破 400 is gt 400). */
public enum Comparator implements ClosedVocabulary {
    EQ("eq", "等于", "equal to"),
    GT("gt", "突破/超过", "more than"),
    GTE("gte", "以上/不低于", "at least"),
    LT("lt", "低于", "less than"),
    LTE("lte", "以下/不超过", "at most"),
    APPROX("approx", "近/约/余", "about");

    private final String code;
    private final Label label;

    Comparator(String code, String zh, String en) {
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

    /** The comparator with this public code ({@code gte}); empty for anything else. */
    public static Optional<Comparator> of(String code) {
        return ClosedVocabulary.byCode(Comparator.class, code);
    }

    @JsonCreator
    static Comparator fromJson(String code) {
        return of(code).orElseThrow(() -> new IllegalArgumentException("unknown comparator '" + code + "'"));
    }
}
