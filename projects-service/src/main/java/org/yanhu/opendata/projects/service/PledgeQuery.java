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
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.paging.Cursor;
import org.yanhu.opendata.api.paging.PageRequest;
import org.yanhu.opendata.api.paging.PageResponse;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.projects.Pledge;
import org.yanhu.opendata.projects.PledgeOutcome;
import org.yanhu.opendata.projects.PledgeTarget;
import org.yanhu.opendata.projects.Sector;
import org.yanhu.opendata.projects.rest.view.Citation;
import org.yanhu.opendata.projects.rest.view.Codes;
import org.yanhu.opendata.projects.rest.view.Decimals;
import org.yanhu.opendata.projects.rest.view.PledgeView;
import org.yanhu.opendata.projects.rest.view.ProjectRef;
import org.yanhu.opendata.projects.rest.view.ScorecardRow;
import org.yanhu.opendata.projects.rest.view.SectorView;
import org.yanhu.opendata.projects.rest.view.StatusView;
import org.yanhu.opendata.projects.rest.view.UnitView;

/** Reads pledges and their scorecard; cached per data version. Pledge ids sort by plan year, then number. */
@ApplicationScoped
public class PledgeQuery {

    private static final String FETCH = "select l from Pledge l join fetch l.sector join fetch l.source ";

    @Inject
    EntityManager em;

    @Transactional
    @CacheResult(cacheName = "pledges")
    public PageResponse<PledgeView> list(long dataVersion, PledgeFilter filter, PageRequest page) {
        Parameters params = new Parameters();
        String where = filter.where(params);
        Long total = page.cursor() == null ? Pledge.count("from Pledge l where " + where, params) : null;
        if (page.cursor() != null) {
            where += " and l.slug > :after";
            params.and("after", page.cursor().get(0));
        }
        List<Pledge> rows = new ArrayList<>(Pledge.<Pledge>find(FETCH + "where " + where + " order by l.slug", params)
                .range(0, page.limit()).list());
        String next = null;
        if (rows.size() > page.limit()) {
            rows.remove(rows.size() - 1);
            next = Cursor.encode(rows.get(rows.size() - 1).slug);
        }
        return PageResponse.of(views(rows), page.limit(), next, total);
    }

    @Transactional
    @CacheResult(cacheName = "pledges")
    public PledgeView detail(long dataVersion, String slug) {
        Pledge pledge = Pledge.<Pledge>find(FETCH + "where l.slug = ?1", slug).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("pledge", slug));
        return views(List.of(pledge)).get(0);
    }

    /** For each plan year, how many pledges have each status (all statuses listed, zeros included). */
    @Transactional
    @CacheResult(cacheName = "pledges")
    public List<ScorecardRow> scorecard(long dataVersion, PledgeFilter filter) {
        Parameters params = new Parameters();
        String where = filter.where(params);
        var query = em.createQuery("select l.year, l.status, count(l), sum(case when l.livelihood then 1 else 0 end) "
                + "from Pledge l where " + where + " group by l.year, l.status", Object[].class);
        params.map().forEach(query::setParameter);
        Map<Integer, Map<String, long[]>> counts = new TreeMap<>();
        for (Object[] row : query.getResultList()) {
            counts.computeIfAbsent(((Number) row[0]).intValue(), y -> new HashMap<>())
                    .put((String) row[1], new long[] {((Number) row[2]).longValue(),
                            row[3] == null ? 0 : ((Number) row[3]).longValue()});
        }
        List<ScorecardRow> rows = new ArrayList<>();
        counts.forEach((year, byStatus) -> {
            for (String status : Codes.PLEDGE_STATUS_CODES) {
                long[] n = byStatus.getOrDefault(status, new long[] {0, 0});
                rows.add(new ScorecardRow(year, Codes.PLEDGE_STATUSES.get(status), n[0], n[1]));
            }
        });
        return rows;
    }

    private List<PledgeView> views(List<Pledge> pledges) {
        if (pledges.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PledgeView.Target>> targets = new HashMap<>();
        PledgeTarget.<PledgeTarget>list("select t from PledgeTarget t join fetch t.unit where t.pledge in ?1 "
                + "order by t.position", pledges).forEach(t -> targets.computeIfAbsent(t.pledge.id,
                k -> new ArrayList<>()).add(new PledgeView.Target(t.code, Codes.COMPARATORS.get(t.comparator),
                Decimals.plain(t.value), UnitView.of(t.unit), Decimals.plain(t.baseValue), t.baseUnit)));
        Map<Long, List<PledgeView.Outcome>> outcomes = new HashMap<>();
        PledgeOutcome.<PledgeOutcome>list("select o from PledgeOutcome o join fetch o.source where o.pledge in ?1 "
                + "order by o.position", pledges).forEach(o -> outcomes.computeIfAbsent(o.pledge.id,
                k -> new ArrayList<>()).add(new PledgeView.Outcome(Citation.of(o.source, o.quote),
                Codes.JUDGEMENTS.get(o.judgement), o.noteZh == null && o.noteEn == null ? null
                        : new Label(o.noteZh, o.noteEn))));
        Map<String, Sector> sectors = new HashMap<>();
        Sector.<Sector>listAll().forEach(s -> sectors.put(s.code, s));
        List<PledgeView> views = new ArrayList<>(pledges.size());
        for (Pledge l : pledges) {
            List<ProjectRef> projects = l.projects.stream().map(p -> new ProjectRef(p.slug, new Label(p.nameZh,
                    p.nameEn), StatusView.of(p.status), ProjectQuery.link(p.slug))).toList();
            views.add(new PledgeView(l.slug, l.year, l.number == null ? null : l.number.intValue(), l.livelihood,
                    SectorView.of(l.sector, sectors.get(l.sector.parentCode)), new Label(l.textZh, l.textEn),
                    Citation.of(l.source, l.quote), targets.getOrDefault(l.id, List.of()), projects,
                    outcomes.getOrDefault(l.id, List.of()), Codes.PLEDGE_STATUSES.get(l.status), l.revision,
                    "/api/v1/pledges/" + l.slug));
        }
        return views;
    }
}
