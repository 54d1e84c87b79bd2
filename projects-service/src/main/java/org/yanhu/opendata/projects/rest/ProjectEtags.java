package org.yanhu.opendata.projects.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yanhu.opendata.api.json.JsonDigest;
import org.yanhu.opendata.projects.rest.view.ProjectDetail;

/**
 * The strong ETag of a project's record, {@code "r<revision>-<hash of the representation>"}: it changes
 * with every release, and with anything else the record shows (a pledge's status, a label).
 */
@ApplicationScoped
public class ProjectEtags {

    @Inject
    ObjectMapper json;

    /** The ETag as the header carries it, quoted. */
    public String of(ProjectDetail detail) {
        return "\"r" + detail.revision() + "-" + JsonDigest.sha256(json, detail).substring(0, 16) + "\"";
    }
}
