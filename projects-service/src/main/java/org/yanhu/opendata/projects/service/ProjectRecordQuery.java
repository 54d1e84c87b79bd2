package org.yanhu.opendata.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.hibernate.Hibernate;
import org.yanhu.opendata.api.error.NotFound;
import org.yanhu.opendata.projects.Pledge;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.ProjectMetric;
import org.yanhu.opendata.projects.ProjectRelease;
import org.yanhu.opendata.projects.ReleaseKind;
import org.yanhu.opendata.projects.Sector;

/** The compiled record of one project, with what it shows: releases, metrics and the pledges that name it. */
@ApplicationScoped
public class ProjectRecordQuery {

    @Inject
    CodeListCache codeLists;

    /** A project's record, everything loaded. Releases are in (date, sequence) order. */
    public record ProjectRecord(Project project, Sector group, List<ProjectRelease> releases,
            List<ProjectMetric> metrics, Map<Long, List<String>> sharedWith, List<Pledge> pledges) {

        /** The status claims, oldest first: the project's timeline. */
        public List<ProjectRelease> statusClaims() {
            return releases.stream().filter(r -> ReleaseKind.STATUS.code().equals(r.kind)).toList();
        }
    }

    @Transactional
    public ProjectRecord find(String slug) {
        Project project = Project.<Project>find(ProjectListQuery.FETCH + "where p.slug = ?1", slug)
                .firstResultOptional().orElseThrow(() -> new NotFound("project", slug));
        return recordOf(project);
    }

    /** The record of a project already loaded in the caller's transaction (a write that holds its lock). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProjectRecord recordOf(Project project) {
        // A project registered in this transaction refers to its region and sector by reference only.
        Hibernate.initialize(project.region);
        Hibernate.initialize(project.sector);
        List<ProjectMetric> metrics = ProjectMetric.list("project = ?1 order by position", project);
        List<Pledge> pledges = Pledge.list("select l from Pledge l join l.projects p where p = ?1 order by l.slug",
                project);
        return new ProjectRecord(project, codeLists.current().groupOf(project.sector),
                ProjectRelease.history(project), metrics, SharedFigures.of(metrics), pledges);
    }
}
