package org.yanhu.opendata.indicators.service;

import java.util.List;
import org.yanhu.opendata.indicators.Indicator;
import org.yanhu.opendata.indicators.Observation;
import org.yanhu.opendata.indicators.Region;

/** One indicator's current figures in one region, in period order: what a chart draws. */
public record ChartSeries(Indicator indicator, Region region, List<Observation> observations) {
}
