package org.yanhu.opendata.indicators.service;

import java.util.List;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.judgement.AllowedValues;
import org.yanhu.opendata.api.quantity.Quantity;
import org.yanhu.opendata.indicators.Observation;

/**
 * The verdict on a claimed figure.
 *
 * @param verdict matches, consistent, contradicts or not_published
 * @param published the current figure the claim was checked against; null when none
 * @param publishedAllows what the published figure allows, in its own unit; null when none
 * @param otherVersions the series' other versions (earlier statements, withdrawn ones), never judged against
 * @param nearestPeriods when nothing was published: the nearest periods that do have a figure
 */
public record ClaimVerdict(Verdict verdict, Claim claim, Observation published, AllowedValues publishedAllows,
        List<Observation> otherVersions, List<String> nearestPeriods, Label explanation) {

    /** What was claimed, with the claimed value also in base units and the claim's own qualifier. */
    public record Claim(String indicator, String region, String period, String kind, Quantity quantity) {
    }

    /** The four verdicts of CONVENTIONS.md. */
    public enum Verdict implements org.yanhu.opendata.api.vocabulary.ClosedVocabulary {
        MATCHES("matches", "一致", "matches"),
        CONSISTENT("consistent", "与已发布范围相符", "consistent with the published figure"),
        CONTRADICTS("contradicts", "与已发布数字矛盾", "contradicts the published figure"),
        NOT_PUBLISHED("not_published", "未发布", "not published");

        private final String code;
        private final Label label;

        Verdict(String code, String zh, String en) {
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
    }
}
