package org.yanhu.opendata.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.yanhu.opendata.api.caching.DataVersionTable;
import org.yanhu.opendata.api.error.FieldError;
import org.yanhu.opendata.api.error.Invalid;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.importer.ImportBatch;
import org.yanhu.opendata.projects.importer.ImportResult;

/**
 * The one write path for batches in the dataset shape: the start-up loader and the bulk import. A batch is
 * checked whole before anything stays written and lands in one transaction; what is already published is
 * left alone, and every change becomes a release (projects) or a revision (pledges), a withdrawal too.
 */
@ApplicationScoped
public class ImportService {

    @Inject
    EntityManager em;

    @Inject
    BodyValidation bodies;

    @Inject
    ImportAudit audit;

    @Inject
    ReferenceRows referenceRows;

    @Inject
    ProjectImport projects;

    @Inject
    PledgeImport pledges;

    @Inject
    Withdrawals withdrawals;

    @Inject
    PledgeStatusRefresh pledgeStatuses;

    @Inject
    DataVersionTable dataVersion;

    @Transactional
    public ImportResult importBatch(ImportBatch batch, String author) {
        bodies.checked(batch);
        audit.lock();
        referenceRows.refuseRedefinitions(batch.unitsOrEmpty(), batch.sourcesOrEmpty());
        int referenceRowsAdded = referenceRows.addNew(batch.unitsOrEmpty(), batch.sourcesOrEmpty());
        em.flush();

        EntryReferences references = EntryReferences.load();
        List<String> named = batch.pledgesOrEmpty().stream().flatMap(p -> p.projectsOrEmpty().stream()).distinct()
                .toList();
        Map<String, Project> linkedBefore = projects.bySlug(named, false);
        List<FieldError> errors = new EntryRules(references).checkBatch(batch,
                withdrawals.existingProjects(batch.withdrawalsOrEmpty(), linkedBefore.keySet()),
                withdrawals.existingPledges(batch.withdrawalsOrEmpty()));
        if (!errors.isEmpty()) {
            throw Invalid.fields(errors, "nothing was imported");
        }

        ProjectImport.Counts projectCounts = projects.apply(batch.projectsOrEmpty(), references, author,
                batch.reason());
        em.flush();
        int withdrawn = withdrawals.applyToProjects(batch.withdrawalsOrEmpty(), author);
        Map<String, Project> linked = projects.bySlug(named, false);
        PledgeImport.Counts pledgeCounts = pledges.apply(batch.pledgesOrEmpty(), references, linked, author,
                batch.reason());
        em.flush();
        withdrawn += withdrawals.applyToPledges(batch.withdrawalsOrEmpty(), author);
        boolean statusesMoved = pledgeStatuses.refresh();

        boolean changed = projectCounts.created() + projectCounts.changed() + pledgeCounts.created()
                + pledgeCounts.revised() + referenceRowsAdded + withdrawn > 0;
        long version = changed || statusesMoved ? dataVersion.bump() : dataVersion.current();
        audit.record(batch, author, projectCounts.releasesAdded());
        return new ImportResult(batch.projectsOrEmpty().size(), projectCounts.created(), projectCounts.changed(),
                projectCounts.releasesAdded(), batch.pledgesOrEmpty().size(), pledgeCounts.created(),
                pledgeCounts.revised(), referenceRowsAdded, withdrawn, version);
    }
}
