package org.yanhu.opendata.projects.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.importer.ProjectEntry;

/**
 * The entry a project was last imported from, kept with the project (without its reason), so that a
 * re-import changes only the fields that changed in the file, and not those corrected through the API since.
 */
@ApplicationScoped
public class ImportedEntries {

    @Inject
    ObjectMapper json;

    public String canonical(ProjectEntry entry) {
        ProjectEntry withoutReason = new ProjectEntry(entry.id(), entry.name(), entry.description(), entry.sector(),
                entry.town(), entry.year(), entry.releases(), entry.metricsOrEmpty(), null);
        try {
            return json.writeValueAsString(withoutReason);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entry as last imported, or null for a project that never was. */
    public ProjectEntry of(Project project) {
        if (project.importedEntry == null) {
            return null;
        }
        try {
            return json.readValue(project.importedEntry, ProjectEntry.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("project " + project.slug + " has an unreadable imported entry", e);
        }
    }
}
