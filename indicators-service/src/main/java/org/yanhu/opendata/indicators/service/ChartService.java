package org.yanhu.opendata.indicators.service;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.indicators.Indicator;
import org.yanhu.opendata.indicators.Observation;
import org.yanhu.opendata.indicators.Region;

@ApplicationScoped
public class ChartService {

    @Transactional
    @CacheResult(cacheName = "charts")
    public String chart(long dataVersion, String code, String regionCode) {
        Indicator indicator = Indicator.findByCode(code).orElseThrow(() -> ProblemException.notFound("indicator", code));
        Region region = Region.findById(regionCode);
        if (region == null) {
            throw ProblemException.unknownCode("region", regionCode,
                    Region.<Region>listAll().stream().map(r -> r.code).sorted().toList());
        }
        List<Observation> series = Observation.list("select o from Observation o join fetch o.unit join fetch o.source "
                + "where o.indicator = ?1 and o.region = ?2 and o.isCurrent = true "
                + "order by o.periodEnd, o.periodStart desc, o.kind", indicator, region);
        return SvgChart.render(indicator, region.nameZh + " " + region.nameEn + "（" + region.code + "）", series);
    }
}
