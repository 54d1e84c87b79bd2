package org.yanhu.opendata.indicators;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.vocabulary.ClosedVocabulary;

/** Where a proposed figure stands in review. Only an accepted one is published. */
public enum CandidateStatus implements ClosedVocabulary {
    PROPOSED("proposed", "待审核", "proposed"),
    ACCEPTED("accepted", "已采纳", "accepted"),
    REJECTED("rejected", "已驳回", "rejected"),
    NOT_AN_OBSERVATION("not_an_observation", "非指标数据", "not an observation");

    private final String code;
    private final Label label;

    CandidateStatus(String code, String zh, String en) {
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

    public static Optional<CandidateStatus> of(String code) {
        return ClosedVocabulary.byCode(CandidateStatus.class, code);
    }
}
