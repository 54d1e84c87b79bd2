package org.yanhu.opendata.projects.service;

import io.quarkus.cache.CacheResult;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yanhu.opendata.projects.ProjectStatus;
import org.yanhu.opendata.projects.Sector;

/** Counts of projects for charts, cached per data version. */
@ApplicationScoped
public class ProjectStatsQuery {

    @Inject
    EntityManager em;

    /** One bar: how many of the matching projects have this code of the dimension. */
    public record Count(StatsDimension dimension, String code, String nameZh, String nameEn, long count) {
    }

    /**
     * Counts by sector group, sector, status and year (or only {@code dimension} when given); every sector
     * and status appears, with zero where no project has it.
     */
    @Transactional
    @CacheResult(cacheName = "projects")
    public List<Count> counts(long dataVersion, ProjectFilter filter, StatsDimension dimension) {
        Parameters params = new Parameters();
        String where = filter.where(params);
        Map<String, Long> bySector = counts("p.sector.code", where, params);
        Map<String, Long> byStatus = counts("p.status.code", where, params);
        Map<String, Long> byYear = counts("cast(p.year as string)", where, params);
        List<Count> rows = new ArrayList<>();
        List<Sector> sectors = Sector.list("order by position");
        if (dimension == null || dimension == StatsDimension.SECTOR_GROUP) {
            for (Sector group : sectors) {
                if (group.isGroup()) {
                    long count = bySector.entrySet().stream()
                            .filter(e -> e.getKey().startsWith(group.code + "."))
                            .mapToLong(Map.Entry::getValue).sum();
                    rows.add(new Count(StatsDimension.SECTOR_GROUP, group.code, group.nameZh, group.nameEn, count));
                }
            }
        }
        if (dimension == null || dimension == StatsDimension.SECTOR) {
            for (Sector sector : sectors) {
                if (!sector.isGroup()) {
                    rows.add(new Count(StatsDimension.SECTOR, sector.code, sector.nameZh, sector.nameEn,
                            bySector.getOrDefault(sector.code, 0L)));
                }
            }
        }
        if (dimension == null || dimension == StatsDimension.STATUS) {
            for (ProjectStatus status : ProjectStatus.<ProjectStatus>list("order by position")) {
                rows.add(new Count(StatsDimension.STATUS, status.code, status.nameZh, status.nameEn,
                        byStatus.getOrDefault(status.code, 0L)));
            }
        }
        if (dimension == null || dimension == StatsDimension.YEAR) {
            byYear.keySet().stream().sorted().forEach(year -> rows.add(new Count(StatsDimension.YEAR, year,
                    year + "年", year, byYear.get(year))));
        }
        return rows;
    }

    private Map<String, Long> counts(String key, String where, Parameters params) {
        var query = em.createQuery("select " + key + ", count(p) from Project p where " + where + " group by " + key,
                Object[].class);
        params.map().forEach(query::setParameter);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
