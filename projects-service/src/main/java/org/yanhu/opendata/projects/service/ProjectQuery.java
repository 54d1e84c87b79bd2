package org.yanhu.opendata.projects.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.cache.CacheResult;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yanhu.opendata.api.caching.ConditionalGet;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.paging.Cursor;
import org.yanhu.opendata.api.paging.PageRequest;
import org.yanhu.opendata.api.paging.PageResponse;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.projects.Pledge;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.ProjectMetric;
import org.yanhu.opendata.projects.ProjectRelease;
import org.yanhu.opendata.projects.ProjectStatus;
import org.yanhu.opendata.projects.Sector;
import org.yanhu.opendata.projects.rest.view.Citation;
import org.yanhu.opendata.projects.rest.view.CodeLabel;
import org.yanhu.opendata.projects.rest.view.Codes;
import org.yanhu.opendata.projects.rest.view.LocationView;
import org.yanhu.opendata.projects.rest.view.MetricView;
import org.yanhu.opendata.projects.rest.view.PledgeRef;
import org.yanhu.opendata.projects.rest.view.ProjectDetail;
import org.yanhu.opendata.projects.rest.view.ProjectSummary;
import org.yanhu.opendata.projects.rest.view.ReleaseView;
import org.yanhu.opendata.projects.rest.view.SectorView;
import org.yanhu.opendata.projects.rest.view.StatsRow;
import org.yanhu.opendata.projects.rest.view.StatusView;
import org.yanhu.opendata.projects.rest.view.TimelineEntry;

/**
 * Reads projects: lists page by page in a keyset order, the compiled record with its strong ETag,
 * the release history and counts for charts. Lists and counts are cached per data version.
 */
@ApplicationScoped
public class ProjectQuery {

    private static final String FETCH = "select p from Project p join fetch p.sector join fetch p.status "
            + "join fetch p.region ";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    ProjectWriter writer;

    /** A project's record and the strong ETag of its representation. */
    public record Tagged(ProjectDetail detail, String etag) {
    }

    @Transactional
    @CacheResult(cacheName = "projects")
    public PageResponse<ProjectSummary> list(long dataVersion, ProjectFilter filter, ProjectSort sort,
            PageRequest page) {
        Parameters params = new Parameters();
        String where = filter.where(params);
        // Counted on the first page only: deep pages stay one index range scan.
        Long total = page.cursor() == null ? Project.count("from Project p where " + where, params) : null;
        if (page.cursor() != null) {
            where += " and " + sort.after(page.cursor(), params);
        }
        List<Project> rows = new ArrayList<>(Project.<Project>find(FETCH + "where " + where + " order by "
                + sort.orderBy(), params).range(0, page.limit()).list());
        String next = null;
        if (rows.size() > page.limit()) {
            rows.remove(rows.size() - 1);
            next = sort.cursorAfter(rows.get(rows.size() - 1));
        }
        Set<Long> withMetrics = withMetrics(rows);
        Map<String, Sector> sectors = sectors();
        List<ProjectSummary> items = rows.stream().map(p -> new ProjectSummary(p.slug,
                new Label(p.nameZh, p.nameEn), SectorView.of(p.sector, sectors.get(p.sector.parentCode)),
                StatusView.of(p.status), p.year, location(p), withMetrics.contains(p.id), p.updatedOn, p.revision,
                link(p.slug))).toList();
        return PageResponse.of(items, page.limit(), next, total);
    }

    /** The compiled record and its strong ETag: "r<revision>-<hash of the representation>". */
    @Transactional
    public Tagged detail(String slug) {
        Project p = Project.<Project>find(FETCH + "where p.slug = ?1", slug).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("project", slug));
        return tag(detailOf(p));
    }

    private ProjectDetail detailOf(Project p) {
        List<ProjectRelease> history = ProjectRelease.history(p);
        List<TimelineEntry> timeline = history.stream().filter(r -> ProjectRelease.STATUS.equals(r.kind))
                .map(r -> new TimelineEntry(r.releaseDate, r.period, StatusView.of(r.status),
                        Citation.of(r.source, r.quote), r.sequence))
                .toList();
        List<MetricView> metrics = ProjectMetric.<ProjectMetric>list("project = ?1 order by position", p).stream()
                .map(MetricView::of).toList();
        List<PledgeRef> pledges = Pledge.<Pledge>list("select l from Pledge l join l.projects p where p = ?1 "
                + "order by l.slug", p).stream().map(ProjectQuery::pledgeRef).toList();
        Map<String, Sector> sectors = sectors();
        return new ProjectDetail(p.slug, new Label(p.nameZh, p.nameEn),
                p.descriptionZh == null && p.descriptionEn == null ? null : new Label(p.descriptionZh, p.descriptionEn),
                SectorView.of(p.sector, sectors.get(p.sector.parentCode)), StatusView.of(p.status), p.statusDate,
                p.year, location(p), metrics, timeline, pledges, p.updatedOn, p.revision,
                link(p.slug) + "/history");
    }

    @Transactional
    @CacheResult(cacheName = "projects")
    public PageResponse<ReleaseView> history(long dataVersion, String slug, PageRequest page) {
        Project project = Project.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("project", slug));
        List<ProjectRelease> all = ProjectRelease.history(project);
        ProjectRelease current = ProjectWriter.currentStatus(all);
        int start = 0;
        if (page.cursor() != null) {
            long after = page.cursor().getLong(0);
            while (start < all.size() && all.get(start).sequence != after) {
                start++;
            }
            if (start == all.size()) {
                throw ProblemException.badRequest("cursor", "cursor is not one this API issued; use page.next as given");
            }
            start++;
        }
        int end = Math.min(all.size(), start + page.limit());
        Map<Long, List<MetricView>> metrics = new HashMap<>();
        ProjectMetric.<ProjectMetric>list("project = ?1 order by position", project)
                .forEach(m -> metrics.computeIfAbsent(m.release.id, k -> new ArrayList<>()).add(MetricView.of(m)));
        List<ReleaseView> items = new ArrayList<>();
        for (ProjectRelease r : all.subList(start, end)) {
            items.add(releaseView(r, metrics.getOrDefault(r.id, List.of()), r == current));
        }
        String next = end < all.size() ? Cursor.encode(all.get(end - 1).sequence) : null;
        return PageResponse.of(items, page.limit(), next, (long) all.size());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ReleaseView releaseView(ProjectRelease r) {
        List<MetricView> metrics = ProjectMetric.<ProjectMetric>list("release = ?1 order by position", r).stream()
                .map(MetricView::of).toList();
        return releaseView(r, metrics, r == ProjectWriter.currentStatus(ProjectRelease.history(r.project)));
    }

    private ReleaseView releaseView(ProjectRelease r, List<MetricView> metrics, boolean currentStatus) {
        return new ReleaseView(r.project.slug + ".r" + r.sequence, r.sequence, Codes.RELEASE_KINDS.get(r.kind),
                r.releaseDate, r.period, StatusView.of(r.status), Citation.of(r.source, r.quote), writer.changesOf(r),
                metrics, r.recordedAt, r.recordedBy, r.reason, currentStatus);
    }

    /** Counts by sector group, sector, status and year; every code appears, with zero where none has it. */
    @Transactional
    @CacheResult(cacheName = "projects")
    public List<StatsRow> stats(long dataVersion, ProjectFilter filter, String dimension) {
        Parameters params = new Parameters();
        String where = filter.where(params);
        Map<String, Long> bySector = counts("p.sector.code", where, params);
        Map<String, Long> byStatus = counts("p.status.code", where, params);
        Map<String, Long> byYear = counts("cast(p.year as string)", where, params);
        List<StatsRow> rows = new ArrayList<>();
        List<Sector> sectors = Sector.list("order by position");
        if (dimension == null || "sector_group".equals(dimension)) {
            for (Sector group : sectors) {
                if (group.isGroup()) {
                    long count = bySector.entrySet().stream()
                            .filter(e -> e.getKey().startsWith(group.code + "."))
                            .mapToLong(Map.Entry::getValue).sum();
                    rows.add(new StatsRow("sector_group", group.code, new Label(group.nameZh, group.nameEn), count));
                }
            }
        }
        if (dimension == null || "sector".equals(dimension)) {
            for (Sector sector : sectors) {
                if (!sector.isGroup()) {
                    rows.add(new StatsRow("sector", sector.code, new Label(sector.nameZh, sector.nameEn),
                            bySector.getOrDefault(sector.code, 0L)));
                }
            }
        }
        if (dimension == null || "status".equals(dimension)) {
            for (ProjectStatus status : ProjectStatus.<ProjectStatus>list("order by position")) {
                rows.add(new StatsRow("status", status.code, new Label(status.nameZh, status.nameEn),
                        byStatus.getOrDefault(status.code, 0L)));
            }
        }
        if (dimension == null || "year".equals(dimension)) {
            byYear.keySet().stream().sorted().forEach(year -> rows.add(new StatsRow("year", year,
                    new Label(year + "年", year), byYear.get(year))));
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

    private Tagged tag(ProjectDetail detail) {
        try {
            String hash = ConditionalGet.sha256(json.writeValueAsString(detail)).substring(0, 16);
            return new Tagged(detail, "\"r" + detail.revision() + "-" + hash + "\"");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<Long> withMetrics(List<Project> rows) {
        if (rows.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct m.project.id from ProjectMetric m "
                + "where m.project in :projects", Long.class).setParameter("projects", rows).getResultList());
    }

    private static Map<String, Sector> sectors() {
        Map<String, Sector> sectors = new HashMap<>();
        Sector.<Sector>listAll().forEach(s -> sectors.put(s.code, s));
        return sectors;
    }

    static LocationView location(Project p) {
        return new LocationView(p.town, LocationView.towns(p.town),
                CodeLabel.of(p.region.code, p.region.nameZh, p.region.nameEn));
    }

    static PledgeRef pledgeRef(Pledge l) {
        return new PledgeRef(l.slug, l.year, l.livelihood, new Label(l.textZh, l.textEn),
                Codes.PLEDGE_STATUSES.get(l.status), "/api/v1/pledges/" + l.slug);
    }

    public static String link(String slug) {
        return "/api/v1/projects/" + slug;
    }
}
