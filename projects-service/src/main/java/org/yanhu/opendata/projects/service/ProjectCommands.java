package org.yanhu.opendata.projects.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.cache.CacheInvalidateAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yanhu.opendata.api.problem.Problem.FieldError;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.ProjectRelease;
import org.yanhu.opendata.projects.importer.ProjectEntry.MetricEntry;
import org.yanhu.opendata.projects.importer.ProjectEntry.ReleaseEntry;
import org.yanhu.opendata.projects.rest.view.FieldChange;
import org.yanhu.opendata.projects.rest.view.ProjectDetail;
import org.yanhu.opendata.projects.rest.view.ReleaseView;

/**
 * Writes to one existing project, with optimistic concurrency: the caller's If-Match must still be
 * the project's ETag, checked under the project's row lock. Every write is a new release.
 */
@ApplicationScoped
public class ProjectCommands {

    @Inject
    ProjectWriter writer;

    @Inject
    ProjectQuery query;

    @Inject
    PublishedDataVersion dataVersion;

    /** What a write returns: the body, the project's new ETag, and whether anything was written. */
    public record Written<T>(T body, String etag, boolean created) {
    }

    @Transactional
    @CacheInvalidateAll(cacheName = "projects")
    @CacheInvalidateAll(cacheName = "pledges")
    public Written<ReleaseView> appendStatus(String slug, ReleaseEntry status, List<MetricEntry> metrics,
            String reason, String ifMatch, String author) {
        Project project = lock(slug);
        checkIfMatch(slug, ifMatch, false);
        EntryChecks checks = new EntryChecks();
        List<FieldError> errors = new ArrayList<>();
        requireReason(reason, errors);
        checks.checkRelease(status, "", errors);
        checks.checkMetrics(metrics, "", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors.size() + " field(s) are invalid; nothing was written", errors);
        }
        List<ProjectRelease> history = ProjectRelease.history(project);
        ProjectRelease same = history.stream().filter(r -> ProjectWriter.sameStatus(r, status)).findFirst()
                .orElse(null);
        if (same != null && metrics.isEmpty()) {
            return new Written<>(query.releaseView(same), query.detail(slug).etag(), false);
        }
        ProjectRelease release = writer.appendStatus(project, status, metrics, checks, author, reason);
        dataVersion.bump();
        return new Written<>(query.releaseView(release), query.detail(slug).etag(), true);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = "projects")
    @CacheInvalidateAll(cacheName = "pledges")
    public Written<ProjectDetail> correct(String slug, JsonNode patch, String ifMatch, String author) {
        Project project = lock(slug);
        checkIfMatch(slug, ifMatch, true);
        EntryChecks checks = new EntryChecks();
        ProjectCorrection correction = ProjectCorrection.read(patch, ProjectWriter.fieldsOf(project), checks);
        List<FieldChange> changes = ProjectWriter.diff(ProjectWriter.fieldsOf(project), correction.fields());
        if (changes.isEmpty()) {
            ProjectQuery.Tagged current = query.detail(slug);
            return new Written<>(current.detail(), current.etag(), false);
        }
        writer.correct(project, changes, List.of(), checks, author, correction.reason());
        dataVersion.bump();
        ProjectQuery.Tagged after = query.detail(slug);
        return new Written<>(after.detail(), after.etag(), true);
    }

    private static Project lock(String slug) {
        return Project.lockBySlug(slug).orElseThrow(() -> ProblemException.notFound("project", slug));
    }

    private void checkIfMatch(String slug, String ifMatch, boolean required) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (required) {
                throw new ProblemException(428, "precondition-required", "Precondition required",
                        "This write needs If-Match with the ETag of GET /api/v1/projects/" + slug
                                + ", so that it cannot overwrite a change you have not seen", null, null);
            }
            return;
        }
        String current = query.detail(slug).etag();
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw new ProblemException(412, "precondition-failed", "Precondition failed",
                "The project has changed since you read it: If-Match " + ifMatch.trim() + " is not its current ETag "
                        + current + ". Read it again, then retry.", null, Map.of("ETag", current));
    }

    private static void requireReason(String reason, List<FieldError> errors) {
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "say why this is written; it is kept with the release"));
        }
    }
}
