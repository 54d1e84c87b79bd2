package org.yanhu.opendata.projects.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.yanhu.opendata.projects.FieldChange;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.ProjectMetric;
import org.yanhu.opendata.projects.ProjectRelease;
import org.yanhu.opendata.projects.Region;
import org.yanhu.opendata.projects.ReleaseKind;
import org.yanhu.opendata.projects.SourceDocument;
import org.yanhu.opendata.projects.importer.ProjectEntry.MetricEntry;
import org.yanhu.opendata.projects.importer.ProjectEntry.ReleaseEntry;
import org.yanhu.opendata.projects.importer.ProjectEntry;
import org.yanhu.opendata.projects.importer.WithdrawalEntry;

/**
 * Inserts releases and the metrics they add, the only rows a project write ever inserts, then has the
 * record compiled again. Callers hold the project's row lock (or are registering it) and a transaction.
 */
@ApplicationScoped
public class ReleaseWriter {

    @Inject
    EntityManager em;

    @Inject
    ProjectRecordCompiler compiler;

    @Inject
    ReleaseChanges changes;

    @Inject
    ImportedEntries importedEntries;

    /**
     * Registers a new project: a registration release with its fields and metrics, then its status
     * releases. It runs no query, so that a bulk import's inserts go out in JDBC batches.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Project register(ProjectEntry entry, EntryReferences references, String author, String reason) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, JsonNode> fields = ProjectFields.of(entry);
        Project project = new Project();
        project.slug = entry.id();
        project.region = em.getReference(Region.class, Region.YANHU);
        project.createdAt = now;
        project.importedEntry = importedEntries.canonical(entry);

        // A registration is dated with its earliest status claim, so that it comes first in the history.
        LocalDate registered = entry.releases().stream().map(r -> references.source(r.source()).publishedOn)
                .min(Comparator.naturalOrder()).orElseThrow();
        ProjectRelease registration = release(project, 1, ReleaseKind.REGISTRATION, registered, author, reason, now);
        registration.changes = changes.write(ProjectFields.registered(fields));
        List<ProjectRelease> history = new ArrayList<>();
        history.add(registration);
        int sequence = 2;
        for (ReleaseEntry status : entry.releases()) {
            history.add(statusRelease(project, sequence++, status, references, author, reason, now));
        }
        // Compiled before the insert, which then carries the final record.
        List<ProjectRelease> ordered = new ArrayList<>(history);
        ordered.sort(Comparator.comparing((ProjectRelease r) -> r.releaseDate).thenComparingInt(r -> r.sequence));
        compiler.compile(project, ordered);
        project.persist();
        history.forEach(release -> release.persist());
        addMetrics(project, registration, entry.metricsOrEmpty(), references, 0);
        return project;
    }

    /** Appends a status claim (and the metrics quoted with it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProjectRelease appendStatus(Project project, ReleaseEntry status, List<MetricEntry> metrics,
            EntryReferences references, String author, String reason) {
        ProjectRelease release = statusRelease(project, nextSequence(project), status, references, author, reason,
                OffsetDateTime.now(ZoneOffset.UTC));
        release.persist();
        addMetrics(project, release, metrics, references, lastMetricPosition(project));
        compiler.compile(project);
        return release;
    }

    /** Appends a correction of fields, and of metrics added without a status claim. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProjectRelease correct(Project project, List<FieldChange> fieldChanges, List<MetricEntry> metrics,
            EntryReferences references, String author, String reason) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ProjectRelease release = release(project, nextSequence(project), ReleaseKind.CORRECTION, now.toLocalDate(),
                author, reason, now);
        release.changes = changes.write(fieldChanges);
        release.persist();
        addMetrics(project, release, metrics, references, lastMetricPosition(project));
        compiler.compile(project);
        return release;
    }

    /**
     * Appends a withdrawal, dated the day it was withdrawn: its changes set the {@code withdrawal.*} fields, so the
     * record compiles as withdrawn and keeps everything else. The English reason is the release's reason.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProjectRelease withdraw(Project project, WithdrawalEntry withdrawal, String author) {
        ProjectRelease release = release(project, nextSequence(project), ReleaseKind.WITHDRAWAL,
                withdrawal.withdrawnOn(), author, withdrawal.reason().en(), OffsetDateTime.now(ZoneOffset.UTC));
        release.changes = changes.write(ProjectFields.withdrawal(project, withdrawal));
        release.persist();
        compiler.compile(project);
        return release;
    }

    private void addMetrics(Project project, ProjectRelease release, List<MetricEntry> metrics,
            EntryReferences references, int after) {
        int position = after;
        for (MetricEntry entry : metrics) {
            ProjectMetric metric = new ProjectMetric();
            metric.project = project;
            metric.release = release;
            metric.position = ++position;
            metric.code = entry.code();
            metric.comparator = entry.comparator() == null ? "eq" : entry.comparator();
            metric.unit = references.unit(entry.unit());
            metric.measure = metric.unit.measureOf(entry.value());
            metric.source = references.source(entry.source());
            metric.quote = entry.quote();
            metric.persist();
        }
    }

    private int lastMetricPosition(Project project) {
        Number max = (Number) em.createQuery("select coalesce(max(m.position), 0) from ProjectMetric m "
                + "where m.project = ?1").setParameter(1, project).getSingleResult();
        return max.intValue();
    }

    private int nextSequence(Project project) {
        Number max = (Number) em.createQuery("select coalesce(max(r.sequence), 0) from ProjectRelease r "
                + "where r.project = ?1").setParameter(1, project).getSingleResult();
        return max.intValue() + 1;
    }

    private static ProjectRelease statusRelease(Project project, int sequence, ReleaseEntry entry,
            EntryReferences references, String author, String reason, OffsetDateTime now) {
        SourceDocument source = references.source(entry.source());
        ProjectRelease release = release(project, sequence, ReleaseKind.STATUS, source.publishedOn, author, reason,
                now);
        release.period = entry.period();
        ReleaseJudgement judged = ReleaseJudgement.of(entry, source).orElseThrow();
        release.status = references.status(judged.status());
        release.verb = judged.verb();
        release.evidence = judged.evidence().code();
        release.source = source;
        release.quote = entry.quote();
        release.changes = "[]";
        return release;
    }

    private static ProjectRelease release(Project project, int sequence, ReleaseKind kind, LocalDate date,
            String author, String reason, OffsetDateTime now) {
        ProjectRelease release = new ProjectRelease();
        release.project = project;
        release.sequence = sequence;
        release.kind = kind.code();
        release.releaseDate = date;
        release.recordedAt = now;
        release.recordedBy = author;
        release.reason = reason;
        return release;
    }
}
