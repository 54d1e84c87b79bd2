package org.yanhu.opendata.indicators.service;

import io.quarkus.cache.CacheResult;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yanhu.opendata.api.error.NotFound;
import org.yanhu.opendata.api.paging.Cursor;
import org.yanhu.opendata.api.paging.Page;
import org.yanhu.opendata.api.paging.PageRequest;
import org.yanhu.opendata.indicators.Indicator;
import org.yanhu.opendata.indicators.Observation;
import org.yanhu.opendata.indicators.SourceDocument;

/** Lists and describes indicators; cached per data version like observations. */
@ApplicationScoped
public class IndicatorQuery {

    @Inject
    ObservationQuery observations;

    @Transactional
    @CacheResult(cacheName = "indicator-lists")
    public Page<Indicator> list(long dataVersion, String topic, String region, String q,
            PageRequest page) {
        List<String> clauses = new ArrayList<>();
        Parameters params = new Parameters();
        if (topic != null) {
            clauses.add("i.topic.code = :topic");
            params.and("topic", topic);
        }
        if (region != null) {
            clauses.add("exists (select 1 from Observation o where o.indicator = i and o.region.code = :region)");
            params.and("region", region);
        }
        if (q != null && !q.isBlank()) {
            clauses.add("(lower(i.code) like :q escape '!' or lower(i.nameZh) like :q escape '!' "
                    + "or lower(i.nameEn) like :q escape '!' or lower(i.descriptionZh) like :q escape '!' "
                    + "or lower(i.descriptionEn) like :q escape '!')");
            params.and("q", likePattern(q));
        }
        String where = clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
        Parameters pageParams = copy(params);
        String paged = where;
        if (page.cursor() != null) {
            paged += " and i.code > :after";
            pageParams.and("after", page.cursor().get(0));
        }
        List<Indicator> rows = new ArrayList<>(Indicator.<Indicator>find(
                "select i from Indicator i join fetch i.topic join fetch i.unit where " + paged + " order by i.code",
                pageParams).range(0, page.limit()).list());
        String next = null;
        if (rows.size() > page.limit()) {
            rows.remove(rows.size() - 1);
            next = Cursor.encode(rows.get(rows.size() - 1).code);
        }
        Long total = page.cursor() == null ? Indicator.count("from Indicator i where " + where, params) : null;
        return new Page<>(rows, page.limit(), next, total);
    }

    @Transactional
    @CacheResult(cacheName = "indicator-details")
    public IndicatorProfile detail(long dataVersion, String code) {
        Indicator indicator = Indicator.findByCode(code).orElseThrow(() -> new NotFound("indicator", code));
        List<Observation> all = Observation.list("indicator = ?1 and isCurrent = true order by periodStart, periodEnd",
                indicator);
        List<String> periods = all.stream().map(o -> o.period).distinct().toList();
        List<SourceDocument> sources = all.stream().map(o -> o.source).distinct().toList();
        ObservationFilter latestFilter = new ObservationFilter(List.of(indicator.code), null, null, null, null, null,
                null, true, null, false);
        List<VersionedObservation> latest = observations.find(dataVersion, latestFilter, new PageRequest(10, null))
                .items();
        return new IndicatorProfile(indicator, periods, sources, latest.isEmpty() ? null : latest.get(0));
    }

    static String likePattern(String q) {
        String escaped = q.trim().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    private static Parameters copy(Parameters params) {
        Parameters copy = new Parameters();
        params.map().forEach(copy::and);
        return copy;
    }

}
