package org.yanhu.opendata.projects.service;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yanhu.opendata.projects.ProjectMetric;

/**
 * One figure of a source that several projects share: "新建规划10小，扩建后稷小学、涑水联合双语学校，增加优质学位5520个" gives
 * 5,520 places for three schools together. Each of the three cites it, and each shows which others do, so that no
 * reader sums it three times. Two metrics are the same figure when they cite the same source with the same quote,
 * value and unit. A withdrawn project shares nothing any more.
 */
final class SharedFigures {

    private SharedFigures() {
    }

    /** For each of these metrics (by id), the slugs of the other projects that cite the same figure, in order. */
    static Map<Long, List<String>> of(List<ProjectMetric> metrics) {
        if (metrics.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = Panache.getEntityManager().createQuery("select m.id, o.project.slug from ProjectMetric m, "
                + "ProjectMetric o where m in :metrics and o.source = m.source and o.measure.value = m.measure.value "
                + "and o.measure.unit = m.measure.unit and o.quote = m.quote and o.project <> m.project "
                + "and o.project.withdrawnOn is null "
                + "order by o.project.slug", Object[].class).setParameter("metrics", metrics).getResultList();
        Map<Long, List<String>> shared = new HashMap<>();
        for (Object[] row : rows) {
            shared.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return shared;
    }
}
