package org.yanhu.opendata.gateway.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.yanhu.opendata.api.problem.Problem;
import org.yanhu.opendata.api.requestid.RequestIds;
import org.yanhu.opendata.gateway.profile.UnknownRegionException;
import org.yanhu.opendata.gateway.upstream.NoUpstreamAnsweredException;

/** Problem details for the failures of the gateway's own operations, one method per kind. */
public class GatewayProblemMappers {

    /** Seconds a caller should wait when no service answered: about one health-check round. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response unknownRegion(UnknownRegionException e, ContainerRequestContext request) {
        return problem(request, 404, "not-found", "Not found", e.getMessage()).build();
    }

    @ServerExceptionMapper
    public Response noUpstreamAnswered(NoUpstreamAnsweredException e, ContainerRequestContext request) {
        return problem(request, 503, "upstream-unavailable", "Upstream unavailable", e.getMessage())
                .header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)).build();
    }

    private static Response.ResponseBuilder problem(ContainerRequestContext request, int status, String slug,
            String title, String detail) {
        URI uri = request.getUriInfo().getRequestUri();
        String instance = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        Problem problem = new Problem(Problem.TYPE_BASE + slug, title, status, detail, instance,
                RequestIds.of(request), null);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
