package org.yanhu.opendata.indicators.service;

import org.yanhu.opendata.indicators.Observation;

/**
 * An observation with whether it is the current version of its series: now, or on the as_of date the
 * query asked about (then the stored flag does not say it).
 */
public record VersionedObservation(Observation observation, boolean current) {
}
