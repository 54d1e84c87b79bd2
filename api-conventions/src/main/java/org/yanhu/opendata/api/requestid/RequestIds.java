package org.yanhu.opendata.api.requestid;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import jakarta.ws.rs.container.ContainerResponseContext;

/**
 * Keeps a valid X-Request-Id from the caller (normally the gateway) or makes one, logs with it
 * and echoes it, so that one id follows a request through every service.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String PROPERTY = "yanhu.requestId";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    public static String of(ContainerRequestContext request) {
        Object id = request.getProperty(PROPERTY);
        return id == null ? null : id.toString();
    }

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void assign(ContainerRequestContext request) {
        String id = request.getHeaderString(HEADER);
        if (!isValid(id)) {
            id = UUID.randomUUID().toString();
        }
        request.setProperty(PROPERTY, id);
        MDC.put("requestId", id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        String id = of(request);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
    }
}
