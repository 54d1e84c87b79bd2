package org.yanhu.opendata.projects;

import com.fasterxml.jackson.annotation.JsonValue;
import org.yanhu.opendata.api.i18n.Label;

/**
 * A pledge's status: one of the four judgements an outcome can carry, or, without an outcome,
 * in_progress or not_reported (see {@code service.PledgeStatusRule}).
 */
public enum PledgeStatus implements ClosedVocabulary {

    MET("met", "已兑现", "met"),
    EXCEEDED("exceeded", "超额完成", "exceeded"),
    PARTLY_MET("partly_met", "部分兑现", "partly met"),
    DIFFERENT_SCOPE("different_scope", "口径不同", "reported with a different scope"),
    IN_PROGRESS("in_progress", "进行中", "in progress"),
    NOT_REPORTED("not_reported", "未见报告", "not reported");

    private final String code;
    private final Label label;

    PledgeStatus(String code, String zh, String en) {
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

    public static PledgeStatus of(String code) {
        return ClosedVocabulary.byCode(PledgeStatus.class, code)
                .orElseThrow(() -> new IllegalArgumentException("unknown pledge status '" + code + "'"));
    }
}
