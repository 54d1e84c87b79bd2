package org.yanhu.opendata.indicators.service;

import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.quantity.Quantity;
import org.yanhu.opendata.indicators.Observation;

/**
 * The verdict on a claimed figure.
 *
 * @param verdict matches, differs or not_published
 * @param published the current figure the claim was checked against; null when none
 * @param consistentWithQualifier whether the claim fits the published qualifier; null when nothing was published
 */
public record ClaimVerdict(String verdict, Claim claim, Observation published, Boolean consistentWithQualifier,
        Label explanation) {

    /** What was claimed, with the claimed value also in base units. */
    public record Claim(String indicator, String region, String period, String kind, Quantity quantity) {
    }
}
