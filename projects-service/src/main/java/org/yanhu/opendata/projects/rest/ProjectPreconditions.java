package org.yanhu.opendata.projects.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.projects.rest.mapping.ProjectViews;
import org.yanhu.opendata.projects.rest.view.ProjectDetail;
import org.yanhu.opendata.projects.service.Precondition;

/**
 * Conditional requests on one project, through JAX-RS {@link Request#evaluatePreconditions(EntityTag)}:
 * If-None-Match on a read (304), If-Match on a write (412 when stale, 428 when required and missing).
 */
@ApplicationScoped
public class ProjectPreconditions {

    @Inject
    ProjectEtags etags;

    @ConfigProperty(name = "api.cache.max-age", defaultValue = "60")
    int maxAge;

    /**
     * A 304 when If-None-Match names the record's ETag. The comparison is weak, as RFC 9110 wants for
     * If-None-Match: {@code W/"r2-…"} matches {@code "r2-…"}.
     */
    public Optional<Response> notModified(Request request, EntityTag etag) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified == null) {
            notModified = request.evaluatePreconditions(new EntityTag(etag.getValue(), true));
        }
        return Optional.ofNullable(notModified).map(b -> b.tag(etag)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge)
                .header(HttpHeaders.VARY, "Accept, Accept-Encoding").build());
    }

    /**
     * The precondition of a write: If-Match, when sent, must be the record's current ETag; when
     * {@code required}, it must be sent, so that a write cannot overwrite a change its author has not seen.
     */
    public Precondition ifMatch(Request request, HttpHeaders headers, String slug, boolean required) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        return current -> {
            if (ifMatch == null || ifMatch.isBlank()) {
                if (required) {
                    throw new ProblemException(428, "precondition-required", "Precondition required",
                            "This write needs If-Match with the ETag of GET " + Links.project(slug)
                                    + ", so that it cannot overwrite a change you have not seen", null, null);
                }
                return;
            }
            ProjectDetail detail = ProjectViews.detail(current.get());
            EntityTag etag = etags.of(detail);
            if (request.evaluatePreconditions(etag) != null) {
                throw new ProblemException(412, "precondition-failed", "Precondition failed",
                        "The project has changed since you read it: If-Match " + ifMatch.trim()
                                + " is not its current ETag " + etag + ". Read it again, then retry.", null,
                        Map.of(HttpHeaders.ETAG, etag.toString()));
            }
        };
    }
}
