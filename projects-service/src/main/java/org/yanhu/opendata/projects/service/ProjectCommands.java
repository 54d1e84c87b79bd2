package org.yanhu.opendata.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.yanhu.opendata.api.caching.DataVersionTable;
import org.yanhu.opendata.api.error.ExpectedVersion;
import org.yanhu.opendata.api.error.FieldError;
import org.yanhu.opendata.api.error.Invalid;
import org.yanhu.opendata.api.error.Conflict;
import org.yanhu.opendata.api.error.NotFound;
import org.yanhu.opendata.projects.FieldChange;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.ProjectRelease;
import org.yanhu.opendata.projects.importer.ProjectEntry.MetricEntry;
import org.yanhu.opendata.projects.importer.ProjectEntry.ReleaseEntry;
import org.yanhu.opendata.projects.service.ProjectRecordQuery.ProjectRecord;

/**
 * Writes to one existing project: a status claim or a correction. Each locks the project's row, checks
 * the version the caller expects against the current record under that lock, and adds one release;
 * nothing is updated in place.
 */
@ApplicationScoped
public class ProjectCommands {

    @Inject
    ReleaseWriter writer;

    @Inject
    ProjectRecordQuery records;

    @Inject
    ProjectHistoryQuery history;

    @Inject
    DataVersionTable dataVersion;

    /** The release a claim added (or the same claim found), the record after it, and whether it was written. */
    public record ClaimAdded(ProjectHistoryQuery.Entry release, ProjectRecord after, boolean written) {
    }

    /** The record after a correction, and whether it changed anything. */
    public record Corrected(ProjectRecord after, boolean written) {
    }

    @Transactional
    public ClaimAdded appendStatus(String slug, ReleaseEntry status, List<MetricEntry> metrics, String reason,
            String author, ExpectedVersion<ProjectRecord> expected) {
        Project project = lock(slug);
        expected.check(records.recordOf(project));
        EntryReferences references = EntryReferences.load();
        EntryRules rules = new EntryRules(references);
        List<FieldError> errors = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "say why this is written; it is kept with the release"));
        }
        rules.checkRelease(status, "", errors);
        rules.checkMetrics(metrics, "", errors);
        if (!errors.isEmpty()) {
            throw Invalid.fields(errors, "nothing was written");
        }
        String derived = ReleaseJudgement.of(status, references.source(status.source())).orElseThrow().status();
        ProjectRelease same = ProjectRelease.findClaim(project, status.source(), status.period(), derived,
                status.quote()).filter(r -> status.verb().equals(r.verb)).orElse(null);
        if (same != null && metrics.isEmpty()) {
            return new ClaimAdded(history.entry(same), records.recordOf(project), false);
        }
        ProjectRelease release = writer.appendStatus(project, status, metrics, references, author, reason);
        dataVersion.bump();
        return new ClaimAdded(history.entry(release), records.recordOf(project), true);
    }

    @Transactional
    public Corrected correct(String slug, FieldPatch patch, String author, ExpectedVersion<ProjectRecord> expected) {
        Project project = lock(slug);
        expected.check(records.recordOf(project));
        EntryReferences references = EntryReferences.load();
        var current = ProjectFields.of(project);
        List<FieldChange> changes = ProjectFields.diff(current,
                ProjectCorrection.apply(patch, current, new EntryRules(references)));
        if (changes.isEmpty()) {
            return new Corrected(records.recordOf(project), false);
        }
        writer.correct(project, changes, List.of(), references, author, patch.reason());
        dataVersion.bump();
        return new Corrected(records.recordOf(project), true);
    }

    /**
     * The project's row, locked. A withdrawn project takes no more writes: it is kept for its history, and what it
     * said belongs to the entry it went into (or a new one), which the refusal names.
     */
    private static Project lock(String slug) {
        Project project = Project.lockBySlug(slug).orElseThrow(() -> new NotFound("project", slug));
        if (project.withdrawnOn != null) {
            String successor = project.mergedInto != null ? project.mergedInto : project.replacedBy;
            throw new Conflict("project '" + slug + "' was withdrawn on " + project.withdrawnOn + " ("
                    + project.withdrawalReasonEn + "); it takes no more writes"
                    + (successor == null ? "" : ": write to '" + successor + "' instead"));
        }
        return project;
    }
}
