package org.yanhu.opendata.indicators.service;

import java.util.List;
import org.yanhu.opendata.indicators.Indicator;
import org.yanhu.opendata.indicators.SourceDocument;

/**
 * What is known about one indicator: the periods with a current figure, the documents they come from, and
 * the most recent actual (null when only targets exist).
 */
public record IndicatorProfile(Indicator indicator, List<String> periods, List<SourceDocument> sources,
        VersionedObservation latestActual) {
}
