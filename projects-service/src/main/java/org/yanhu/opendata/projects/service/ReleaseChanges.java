package org.yanhu.opendata.projects.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.yanhu.opendata.projects.FieldChange;
import org.yanhu.opendata.projects.ProjectRelease;

/** The field changes a release stores as JSON ({@code [{field, from, to}]}), written and read back. */
@ApplicationScoped
public class ReleaseChanges {

    private static final TypeReference<List<FieldChange>> LIST = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    public List<FieldChange> of(ProjectRelease release) {
        if (release.changes == null || release.changes.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(release.changes, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("release " + release.id + " has unreadable changes", e);
        }
    }

    public String write(List<FieldChange> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
