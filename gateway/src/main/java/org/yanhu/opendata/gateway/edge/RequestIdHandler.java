package org.yanhu.opendata.gateway.edge;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.jboss.logging.MDC;
import org.yanhu.opendata.api.requestid.RequestIds;

/**
 * The first handler of every request: keeps a valid X-Request-Id from the client or makes one, puts
 * it on the request (so that the services and the JAX-RS resources see the same id), into the
 * logging context, and on the response.
 */
public class RequestIdHandler implements Handler<RoutingContext> {

    public static final String HEADER = RequestIds.HEADER;

    @Override
    public void handle(RoutingContext ctx) {
        assign(ctx);
        ctx.next();
    }

    /** Gives the request its id, also for an answer given before this handler ran (a router error). */
    public static void assign(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String id = request.getHeader(HEADER);
        if (!RequestIds.isValid(id)) {
            id = UUID.randomUUID().toString();
        }
        request.headers().set(HEADER, id);
        MDC.put("requestId", id);
        String chosen = id;
        if (!ctx.response().headWritten()) {
            ctx.response().headers().set(HEADER, chosen);
        }
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, chosen));
    }

    /** The id of a request that passed this handler. */
    public static String of(HttpServerRequest request) {
        return request.getHeader(HEADER);
    }
}
