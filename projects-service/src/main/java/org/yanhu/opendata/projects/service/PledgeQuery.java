package org.yanhu.opendata.projects.service;

import io.quarkus.cache.CacheResult;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yanhu.opendata.api.error.NotFound;
import org.yanhu.opendata.api.paging.BoundedCount;
import org.yanhu.opendata.projects.Pledge;
import org.yanhu.opendata.projects.PledgeOutcome;
import org.yanhu.opendata.projects.PledgeStatus;
import org.yanhu.opendata.projects.PledgeTarget;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.Sector;

/** Reads pledges and their scorecard; cached per data version. Pledge ids sort by plan year, then number. */
@ApplicationScoped
public class PledgeQuery {

    private static final String FETCH = "select l from Pledge l join fetch l.sector join fetch l.source ";

    @Inject
    EntityManager em;

    @Inject
    CodeListCache codeLists;

    /** A pledge with everything it shows, loaded; its projects leave out the withdrawn ones. */
    public record PledgeRecord(Pledge pledge, Sector group, List<PledgeTarget> targets, List<PledgeOutcome> outcomes,
            List<Project> projects) {
    }

    /** How many pledges of a plan year have a status, and how many of those are livelihood pledges. */
    public record ScorecardCount(int year, PledgeStatus status, long pledges, long livelihoodPledges, long stated,
            long inferred) {
    }

    private static long n(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    /** The page after the pledge id {@code after} (null: the first page); counted on the first page only, up to a bound. */
    @Transactional
    @CacheResult(cacheName = "pledges")
    public Slice<PledgeRecord, String> page(long dataVersion, PledgeFilter filter, String after, int limit) {
        Parameters params = new Parameters();
        String where = filter.where(params);
        Long total = after == null ? BoundedCount.of(em, "Pledge l", "l", where, params.map()) : null;
        if (after != null) {
            where += " and l.slug > :after";
            params.and("after", after);
        }
        List<Pledge> rows = Pledge.<Pledge>find(FETCH + "where " + where + " order by l.slug", params)
                .range(0, limit).list();
        Slice<Pledge, String> slice = Slice.of(rows, limit, l -> l.slug, total);
        return new Slice<>(records(dataVersion, slice.items()), slice.next(), slice.total());
    }

    @Transactional
    @CacheResult(cacheName = "pledges")
    public PledgeRecord find(long dataVersion, String slug) {
        Pledge pledge = Pledge.<Pledge>find(FETCH + "where l.slug = ?1", slug).firstResultOptional()
                .orElseThrow(() -> new NotFound("pledge", slug));
        return records(dataVersion, List.of(pledge)).get(0);
    }

    /** For each plan year, how many pledges have each status (every status listed, zeros included). */
    @Transactional
    @CacheResult(cacheName = "pledges")
    public List<ScorecardCount> scorecard(long dataVersion, PledgeFilter filter) {
        Parameters params = new Parameters();
        String where = filter.where(params);
        var query = em.createQuery("select l.year, l.status, count(l), sum(case when l.livelihood then 1 else 0 end), "
                + "sum(case when l.statusEvidence = 'stated' then 1 else 0 end), "
                + "sum(case when l.statusEvidence = 'inferred' then 1 else 0 end) "
                + "from Pledge l where " + where + " group by l.year, l.status", Object[].class);
        params.map().forEach(query::setParameter);
        Map<Integer, Map<String, long[]>> counts = new TreeMap<>();
        for (Object[] row : query.getResultList()) {
            counts.computeIfAbsent(((Number) row[0]).intValue(), y -> new HashMap<>())
                    .put((String) row[1], new long[] {((Number) row[2]).longValue(), n(row[3]), n(row[4]), n(row[5])});
        }
        List<ScorecardCount> rows = new ArrayList<>();
        counts.forEach((year, byStatus) -> {
            for (PledgeStatus status : PledgeStatus.values()) {
                long[] n = byStatus.getOrDefault(status.code(), new long[] {0, 0, 0, 0});
                rows.add(new ScorecardCount(year, status, n[0], n[1], n[2], n[3]));
            }
        });
        return rows;
    }

    private List<PledgeRecord> records(long dataVersion, List<Pledge> pledges) {
        if (pledges.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PledgeTarget>> targets = new HashMap<>();
        PledgeTarget.<PledgeTarget>list("select t from PledgeTarget t join fetch t.unit where t.pledge in ?1 "
                + "order by t.position", pledges)
                .forEach(t -> targets.computeIfAbsent(t.pledge.id, k -> new ArrayList<>()).add(t));
        Map<Long, List<PledgeOutcome>> outcomes = new HashMap<>();
        PledgeOutcome.<PledgeOutcome>list("select o from PledgeOutcome o join fetch o.source where o.pledge in ?1 "
                + "order by o.position", pledges)
                .forEach(o -> outcomes.computeIfAbsent(o.pledge.id, k -> new ArrayList<>()).add(o));
        CodeListCache.Snapshot codes = codeLists.at(dataVersion);
        return pledges.stream().map(l -> new PledgeRecord(l, codes.groupOf(l.sector),
                targets.getOrDefault(l.id, List.of()), outcomes.getOrDefault(l.id, List.of()),
                l.projects.stream().filter(p -> p.withdrawnOn == null).toList())).toList();
    }
}
