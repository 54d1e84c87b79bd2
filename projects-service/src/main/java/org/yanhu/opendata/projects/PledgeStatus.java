package org.yanhu.opendata.projects;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.vocabulary.ClosedVocabulary;

/**
 * A pledge's status: one of the four judgements an outcome can carry, or, without an outcome,
 * in_progress or not_reported (see {@code service.PledgeStatusRule}).
 */
public enum PledgeStatus implements ClosedVocabulary {

    MET("已兑现", "met"),
    EXCEEDED("超额完成", "exceeded"),
    PARTLY_MET("部分兑现", "partly met"),
    DIFFERENT_SCOPE("口径不同", "reported with a different scope"),
    IN_PROGRESS("进行中", "in progress"),
    NOT_REPORTED("未见报告", "not reported");

    private final Label label;

    PledgeStatus(String zh, String en) {
        this.label = new Label(zh, en);
    }

    /** The constant's name in lower case: {@code partly_met}. */
    @Override
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Label label() {
        return label;
    }

    public static PledgeStatus of(String code) {
        return ClosedVocabulary.byCode(PledgeStatus.class, code)
                .orElseThrow(() -> new IllegalArgumentException("unknown pledge status '" + code + "'"));
    }
}
