package org.yanhu.opendata.projects.service;

import io.quarkus.cache.CacheResult;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yanhu.opendata.api.paging.BoundedCount;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.Sector;

/** Pages of projects in a keyset order, cached per data version. */
@ApplicationScoped
public class ProjectListQuery {

    static final String FETCH = "select p from Project p join fetch p.sector join fetch p.status join fetch p.region ";

    @Inject
    EntityManager em;

    @Inject
    CodeListCache codeLists;

    /** A project of a list, with what its row shows besides the project itself. */
    public record Item(Project project, Sector group, boolean hasMetrics) {
    }

    /**
     * The page after {@code after} (null: the first page). The total is counted on the first page only, and only
     * up to {@link BoundedCount#BOUND}, so that neither a deep page nor a broad filter scans every match.
     */
    @Transactional
    @CacheResult(cacheName = "projects")
    public Slice<Item, ProjectSort.Key> page(long dataVersion, ProjectFilter filter, ProjectSort sort,
            ProjectSort.Key after, int limit) {
        Parameters params = new Parameters();
        String where = filter.where(params);
        Long total = after == null ? BoundedCount.of(em, "Project p", "p", where, params.map()) : null;
        if (after != null) {
            where += " and " + sort.after(after, params);
        }
        List<Project> rows = Project.<Project>find(FETCH + "where " + where + " order by " + sort.orderBy(), params)
                .range(0, limit).list();
        Slice<Project, ProjectSort.Key> slice = Slice.of(rows, limit, sort::keyOf, total);
        Set<Long> withMetrics = withMetrics(slice.items());
        CodeListCache.Snapshot codes = codeLists.at(dataVersion);
        return slice.map(p -> new Item(p, codes.groupOf(p.sector), withMetrics.contains(p.id)));
    }

    private Set<Long> withMetrics(List<Project> rows) {
        if (rows.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct m.project.id from ProjectMetric m "
                + "where m.project in :projects", Long.class).setParameter("projects", rows).getResultList());
    }
}
