package org.yanhu.opendata.projects.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yanhu.opendata.api.caching.EntityTags;
import org.yanhu.opendata.api.caching.IfMatch;
import org.yanhu.opendata.api.error.ExpectedVersion;
import org.yanhu.opendata.projects.rest.mapping.ProjectViews;
import org.yanhu.opendata.projects.service.ProjectRecordQuery.ProjectRecord;

/**
 * Conditional requests on one project, through the shared {@link EntityTags} and {@link IfMatch}:
 * If-None-Match on a read (304), If-Match on a write (412 when stale, 428 when required and missing).
 */
@ApplicationScoped
public class ProjectPreconditions {

    @Inject
    ProjectEtags etags;

    @ConfigProperty(name = "api.cache.max-age", defaultValue = "60")
    int maxAge;

    /** A 304 when If-None-Match names the record's ETag (weak comparison: W/"r2-…" matches "r2-…"). */
    public Optional<Response> notModified(HttpHeaders headers, String etag) {
        if (!EntityTags.noneMatchHits(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return Optional.empty();
        }
        return Optional.of(Response.notModified().header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge)
                .header(HttpHeaders.VARY, "Accept, Accept-Encoding").build());
    }

    /**
     * What a write requires of the project's current record, which the service checks under the row lock:
     * If-Match, when sent, must be its current ETag; when {@code required}, it must be sent, so that a write
     * cannot overwrite a change its author has not seen.
     */
    public ExpectedVersion<ProjectRecord> ifMatch(HttpHeaders headers, String slug, boolean required) {
        IfMatch ifMatch = IfMatch.of(headers.getHeaderString(HttpHeaders.IF_MATCH));
        return required
                ? ifMatch.required("project", "GET " + Links.project(slug), this::etagOf)
                : ifMatch.optional("project", this::etagOf);
    }

    public String etagOf(ProjectRecord record) {
        return etags.of(ProjectViews.detail(record));
    }
}
