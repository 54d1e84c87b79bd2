package org.yanhu.opendata.projects.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yanhu.opendata.api.datasource.TableStatistics;
import org.yanhu.opendata.projects.FieldChange;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.ProjectMetric;
import org.yanhu.opendata.projects.ProjectRelease;
import org.yanhu.opendata.projects.ReleaseKind;
import org.yanhu.opendata.projects.importer.ProjectEntry.MetricEntry;
import org.yanhu.opendata.projects.importer.ProjectEntry.ReleaseEntry;
import org.yanhu.opendata.projects.importer.ProjectEntry;

/**
 * The projects of an import batch: new ones are registered; an existing one gets a status release for
 * each new claim and one correction for what changed in the file since it was last imported. Nothing is
 * deleted, and a correction made through the API survives a re-import of the unchanged file.
 */
@ApplicationScoped
public class ProjectImport {

    @Inject
    EntityManager em;

    @Inject
    ReleaseWriter writer;

    @Inject
    ImportedEntries importedEntries;

    /** What the projects of a batch changed. */
    public record Counts(int created, int changed, int releasesAdded) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Counts apply(List<ProjectEntry> entries, EntryReferences references, String author, String batchReason) {
        Map<String, Project> existing = bySlug(entries.stream().map(ProjectEntry::id).toList(), true);
        Map<Long, List<ProjectRelease>> histories = new HashMap<>();
        Map<Long, List<ProjectMetric>> metrics = new HashMap<>();
        for (List<Project> chunk : Chunks.of(List.copyOf(existing.values()))) {
            ProjectRelease.<ProjectRelease>list("project in ?1 order by releaseDate, sequence", chunk)
                    .forEach(r -> histories.computeIfAbsent(r.project.id, k -> new ArrayList<>()).add(r));
            ProjectMetric.<ProjectMetric>list("project in ?1", chunk)
                    .forEach(m -> metrics.computeIfAbsent(m.project.id, k -> new ArrayList<>()).add(m));
        }
        int created = 0;
        int changed = 0;
        int releases = 0;
        for (ProjectEntry entry : entries) {
            String reason = entry.reason() != null ? entry.reason() : batchReason;
            Project project = existing.get(entry.id());
            if (project == null) {
                writer.register(entry, references, author, reason);
                created++;
                releases += 1 + entry.releases().size();
            } else {
                int added = update(project, entry, histories.getOrDefault(project.id, List.of()),
                        metrics.getOrDefault(project.id, List.of()), references, author, reason);
                if (added > 0) {
                    changed++;
                    releases += added;
                }
            }
        }
        if (created > 0) {
            em.flush();
            // The metrics' plan matters as much as the projects': with stale statistics the list's
            // "which of these projects have metrics" read every metric (100 ms at a million projects).
            TableStatistics.refreshIfStale(em, created, List.of("project", "project_release", "project_metric"));
        }
        return new Counts(created, changed, releases);
    }

    /** The projects with these ids, in chunks of ids per query; locked when they are about to change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Project> bySlug(List<String> slugs, boolean lock) {
        Map<String, Project> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(slugs)) {
            var query = Project.<Project>find("slug in ?1", chunk);
            if (lock) {
                query.withLock(LockModeType.PESSIMISTIC_WRITE);
            }
            query.list().forEach(p -> found.put(p.slug, p));
        }
        return found;
    }

    /**
     * Brings an existing project in line with an entry without losing anything: new status claims are
     * appended, and a field changes only where the entry differs from what the import path stated last time.
     */
    private int update(Project project, ProjectEntry entry, List<ProjectRelease> history,
            List<ProjectMetric> metrics, EntryReferences references, String author, String reason) {
        int added = 0;
        for (ReleaseEntry status : entry.releases()) {
            if (history.stream().noneMatch(r -> sameClaim(r, status))) {
                writer.appendStatus(project, status, List.of(), references, author, reason);
                added++;
            }
        }
        List<MetricEntry> newMetrics = entry.metricsOrEmpty().stream()
                .filter(m -> metrics.stream().noneMatch(existing -> sameMetric(existing, m)))
                .toList();
        ProjectEntry previous = importedEntries.of(project);
        Map<String, JsonNode> before = previous == null ? null : ProjectFields.of(previous);
        Map<String, JsonNode> wanted = ProjectFields.of(entry);
        List<FieldChange> changes = ProjectFields.diff(ProjectFields.of(project), wanted).stream()
                .filter(c -> before == null || !Objects.equals(before.get(c.field()), wanted.get(c.field())))
                .toList();
        if (!changes.isEmpty() || !newMetrics.isEmpty()) {
            writer.correct(project, changes, newMetrics, references, author, reason);
            added++;
        }
        project.importedEntry = importedEntries.canonical(entry);
        return added;
    }

    /**
     * Whether a release already states this entry: the same source, period, quote, verb, derived status and
     * evidence. A release written before statuses were derived (no verb) never does, so a reviewed dataset
     * appends the derived claim after it and the history keeps both.
     */
    static boolean sameClaim(ProjectRelease existing, ReleaseEntry entry) {
        if (!ReleaseKind.STATUS.code().equals(existing.kind) || existing.verb == null) {
            return false;
        }
        ReleaseJudgement judged = ReleaseJudgement.of(entry, existing.source).orElse(null);
        return judged != null
                && existing.source.id.equals(entry.source()) && existing.period.equals(entry.period())
                && existing.status.code.equals(judged.status()) && existing.quote.equals(entry.quote())
                && existing.verb.equals(judged.verb()) && judged.evidence().code().equals(existing.evidence);
    }

    static boolean sameMetric(ProjectMetric existing, MetricEntry entry) {
        return existing.code.equals(entry.code()) && existing.measure.value().compareTo(entry.value()) == 0
                && existing.measure.unit().equals(entry.unit()) && existing.source.id.equals(entry.source())
                && existing.quote.equals(entry.quote());
    }
}
