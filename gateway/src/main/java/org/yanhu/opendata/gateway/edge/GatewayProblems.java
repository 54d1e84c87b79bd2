package org.yanhu.opendata.gateway.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.yanhu.opendata.api.problem.Problem;

/**
 * Problem details (RFC 9457) for the answers the gateway gives itself outside JAX-RS: unknown
 * routes, rate limits, upstreams that are down or slow. Each carries the request id.
 */
@ApplicationScoped
public class GatewayProblems {

    private static final int MAX_INSTANCE_LENGTH = 2048;

    @Inject
    ObjectMapper json;

    public void send(RoutingContext ctx, int status, String slug, String title, String detail,
            Map<String, String> headers) {
        send(ctx, status, slug, title, detail, headers, null);
    }

    /** As above, with the field (a query parameter) at fault. */
    public void send(RoutingContext ctx, int status, String slug, String title, String detail,
            Map<String, String> headers, String field) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            response.reset();
            return;
        }
        headers.forEach(response::putHeader);
        response.setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (ctx.request().method().name().equals("HEAD")) {
            response.end();
        } else {
            response.end(body(ctx.request(), status, slug, title, detail, field));
        }
    }

    public Buffer body(HttpServerRequest request, int status, String slug, String title, String detail) {
        return body(request, status, slug, title, detail, null);
    }

    private Buffer body(HttpServerRequest request, int status, String slug, String title, String detail,
            String field) {
        Problem problem = new Problem(Problem.TYPE_BASE + slug, title, status, detail, request.uri(),
                RequestIdHandler.of(request), field == null ? null : List.of(new Problem.FieldError(field, detail)));
        try {
            return Buffer.buffer(json.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
