package org.yanhu.opendata.indicators.service;

import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.indicators.Observation;

/**
 * A target paired with the actual of the same indicator, region and period, and the judgement.
 *
 * @param outcome met, exceeded, missed or undetermined (see {@link TargetJudgement})
 */
public record TargetOutcome(Observation target, Observation actual, String outcome, Label explanation) {
}
