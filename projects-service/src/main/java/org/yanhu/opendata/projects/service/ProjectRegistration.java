package org.yanhu.opendata.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.yanhu.opendata.api.caching.DataVersionTable;
import org.yanhu.opendata.api.error.Conflict;
import org.yanhu.opendata.api.error.FieldError;
import org.yanhu.opendata.api.error.Invalid;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.importer.ProjectEntry;
import org.yanhu.opendata.projects.service.ProjectRecordQuery.ProjectRecord;

/**
 * Registers one new project through the same checks and writer as the import. An existing id is a
 * conflict, because creating must not silently amend.
 */
@ApplicationScoped
public class ProjectRegistration {

    @Inject
    BodyValidation bodies;

    @Inject
    ImportAudit audit;

    @Inject
    ReleaseWriter writer;

    @Inject
    ProjectRecordQuery records;

    @Inject
    DataVersionTable dataVersion;

    /** The new project's record. */
    @Transactional
    public ProjectRecord register(ProjectEntry entry, String author) {
        List<FieldError> errors = new ArrayList<>(bodies.errors(entry));
        if (entry == null) {
            throw new Invalid("The request has no body", errors);
        }
        if (entry.reason() == null || entry.reason().isBlank()) {
            errors.add(new FieldError("reason", "say why the project is created"));
        }
        audit.lock();
        EntryReferences references = EntryReferences.load();
        if (errors.stream().allMatch(e -> e.field().equals("reason"))) {
            new EntryRules(references).checkProject(entry, "", errors);
        }
        if (!errors.isEmpty()) {
            throw Invalid.fields(errors, "nothing was created");
        }
        if (Project.findBySlug(entry.id()).isPresent()) {
            throw new Conflict("A project with id '" + entry.id()
                    + "' exists; append releases to it or correct it with PATCH");
        }
        Project project = writer.register(entry, references, author, entry.reason());
        dataVersion.bump();
        return records.recordOf(project);
    }
}
