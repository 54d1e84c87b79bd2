package org.yanhu.opendata.indicators.service;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.yanhu.opendata.api.error.NotFound;
import org.yanhu.opendata.api.error.UnknownCode;
import org.yanhu.opendata.indicators.Indicator;
import org.yanhu.opendata.indicators.Observation;
import org.yanhu.opendata.indicators.Region;

/** Reads the series a chart draws; cached per data version. */
@ApplicationScoped
public class ChartService {

    @Transactional
    @CacheResult(cacheName = "charts")
    public ChartSeries series(long dataVersion, String code, String regionCode) {
        Indicator indicator = Indicator.findByCode(code).orElseThrow(() -> new NotFound("indicator", code));
        Region region = Region.findById(regionCode);
        if (region == null) {
            throw new UnknownCode("region", regionCode,
                    Region.<Region>listAll().stream().map(r -> r.code).sorted().toList());
        }
        List<Observation> series = Observation.list("select o from Observation o join fetch o.unit join fetch o.source "
                + "where o.indicator = ?1 and o.region = ?2 and o.isCurrent = true "
                + "order by o.periodEnd, o.periodStart desc, o.kind", indicator, region);
        return new ChartSeries(indicator, region, series);
    }
}
