package org.yanhu.opendata.indicators.service;

import java.time.LocalDate;
import java.util.List;
import org.yanhu.opendata.indicators.Period;

/**
 * What an observation query asks for. Every field is already validated; null means "any".
 *
 * @param allVersions every version of each figure, not only the current one
 * @param asOf what had been published by that date (ALFRED's real-time view)
 * @param latest the most recent actual of each indicator and region
 */
public record ObservationFilter(List<String> indicators, String region, Integer from, Integer to, Period period,
        String kind, String source, boolean latest, LocalDate asOf, boolean allVersions) {

    public static ObservationFilter forIndicator(String code) {
        return new ObservationFilter(List.of(code), null, null, null, null, null, null, false, null, false);
    }

    public ObservationFilter withIndicator(String code) {
        return new ObservationFilter(List.of(code), region, from, to, period, kind, source, latest, asOf, allVersions);
    }
}
