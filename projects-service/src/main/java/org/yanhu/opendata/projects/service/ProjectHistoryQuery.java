package org.yanhu.opendata.projects.service;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yanhu.opendata.api.error.NotFound;
import org.yanhu.opendata.projects.FieldChange;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.ProjectMetric;
import org.yanhu.opendata.projects.ProjectRelease;
import org.yanhu.opendata.projects.ReleaseKind;

/**
 * A project's releases page by page, in their one order (date, then sequence), as a keyset in SQL on the
 * index {@code project_release (project_id, release_date, sequence)}. Cached per data version.
 */
@ApplicationScoped
public class ProjectHistoryQuery {

    @Inject
    ReleaseChanges changes;

    /** Where a release stands in a project's history. */
    public record Key(LocalDate date, int sequence) {

        static Key of(ProjectRelease release) {
            return new Key(release.releaseDate, release.sequence);
        }
    }

    /** A release with the metrics it added, its field changes, and whether it gives the current status. */
    public record Entry(ProjectRelease release, List<ProjectMetric> metrics, Map<Long, List<String>> sharedWith,
            List<FieldChange> changes, boolean currentStatus) {
    }

    /** The page after {@code after} (null: the first page); the total is one count on the same index. */
    @Transactional
    @CacheResult(cacheName = "projects")
    public Slice<Entry, Key> page(long dataVersion, String slug, Key after, int limit) {
        Project project = Project.findBySlug(slug).orElseThrow(() -> new NotFound("project", slug));
        List<ProjectRelease> rows = after == null
                ? ProjectRelease.find("project = ?1 order by releaseDate, sequence", project).range(0, limit).list()
                : ProjectRelease.find("project = ?1 and (releaseDate > ?2 or (releaseDate = ?2 and sequence > ?3)) "
                        + "order by releaseDate, sequence", project, after.date(), after.sequence())
                        .range(0, limit).list();
        Slice<ProjectRelease, Key> slice = Slice.of(rows, limit, Key::of, ProjectRelease.count("project", project));
        Map<Long, List<ProjectMetric>> metrics = metricsOf(project, slice.items());
        Long current = currentStatusId(project);
        Map<Long, List<String>> shared = SharedFigures.of(metrics.values().stream().flatMap(List::stream).toList());
        return slice.map(r -> new Entry(r, metrics.getOrDefault(r.id, List.of()), shared, changes.of(r),
                r.id.equals(current)));
    }

    /** One release as a write returns it, inside the write's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Entry entry(ProjectRelease release) {
        List<ProjectMetric> metrics = ProjectMetric.list("project = ?1 and release = ?2 order by position",
                release.project, release);
        return new Entry(release, metrics, SharedFigures.of(metrics), changes.of(release),
                release.id.equals(currentStatusId(release.project)));
    }

    /** The id of the release that gives the current status: the last status claim in (date, sequence) order. */
    private static Long currentStatusId(Project project) {
        return ProjectRelease.<ProjectRelease>find("project = ?1 and kind = ?2 "
                + "order by releaseDate desc, sequence desc", project, ReleaseKind.STATUS.code())
                .firstResultOptional().map(r -> r.id).orElse(null);
    }

    /** The metrics of these releases, by release; found through the index on (project, position). */
    private static Map<Long, List<ProjectMetric>> metricsOf(Project project, List<ProjectRelease> releases) {
        Map<Long, List<ProjectMetric>> metrics = new HashMap<>();
        if (!releases.isEmpty()) {
            ProjectMetric.<ProjectMetric>list("project = ?1 and release in ?2 order by position", project, releases)
                    .forEach(m -> metrics.computeIfAbsent(m.release.id, k -> new java.util.ArrayList<>()).add(m));
        }
        return metrics;
    }
}
