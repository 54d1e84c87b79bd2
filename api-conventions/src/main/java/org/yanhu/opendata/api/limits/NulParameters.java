package org.yanhu.opendata.api.limits;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.yanhu.opendata.api.problem.ProblemException;

/**
 * Refuses a path or query parameter that holds a NUL character ({@code %00}) with a 400 naming it,
 * after matching, so that the path parameter's name is known. PostgreSQL cannot store or compare a
 * NUL in text, so such a value would otherwise fail in the database.
 */
public class NulParameters {

    @ServerRequestFilter(priority = 5)
    public void refuseNul(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters(true), "Path parameter");
        check(request.getUriInfo().getQueryParameters(true), "Parameter");
    }

    private static void check(MultivaluedMap<String, String> parameters, String kind) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    throw ProblemException.badRequest(parameter.getKey(), kind + " '" + parameter.getKey()
                            + "' contains a NUL character (%00), which no value of this API may contain");
                }
            }
        }
    }
}
