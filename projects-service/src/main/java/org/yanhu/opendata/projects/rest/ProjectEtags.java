package org.yanhu.opendata.projects.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import org.yanhu.opendata.api.caching.ConditionalGet;
import org.yanhu.opendata.projects.rest.view.ProjectDetail;

/**
 * The strong ETag of a project's record, {@code "r<revision>-<hash of the representation>"}: it changes
 * with every release, and with anything else the record shows (a pledge's status, a label).
 */
@ApplicationScoped
public class ProjectEtags {

    @Inject
    ObjectMapper json;

    public EntityTag of(ProjectDetail detail) {
        try {
            String hash = ConditionalGet.sha256(json.writeValueAsString(detail)).substring(0, 16);
            return new EntityTag("r" + detail.revision() + "-" + hash);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
