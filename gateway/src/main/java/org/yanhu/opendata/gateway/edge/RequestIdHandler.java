package org.yanhu.opendata.gateway.edge;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.MDC;
import org.yanhu.opendata.api.requestid.RequestIds;

/**
 * The first handler of every request: keeps a valid X-Request-Id from the client or makes one, puts
 * it on the request (so that the services and the JAX-RS resources see the same id), into the
 * logging context, and on the response.
 */
public class RequestIdHandler implements Handler<RoutingContext> {

    public static final String HEADER = RequestIds.HEADER;
    private static final CharSequence NAME = HttpHeaders.createOptimized(HEADER);

    @Override
    public void handle(RoutingContext ctx) {
        assign(ctx);
        ctx.next();
    }

    /** Gives the request its id, also for an answer given before this handler ran (a router error). */
    public static void assign(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String id = request.getHeader(NAME);
        if (id == null || !RequestIds.isValid(id)) {
            id = newId();
        }
        request.headers().set(NAME, id);
        MDC.put("requestId", id);
        String chosen = id;
        if (!ctx.response().headWritten()) {
            ctx.response().headers().set(NAME, chosen);
        }
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(NAME, chosen));
    }

    /**
     * A random (version 4) UUID from the thread's own generator: an id names a request in the logs and needs no
     * secrecy, and {@link UUID#randomUUID()} takes the one shared SecureRandom's lock on every request.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** The id of a request that passed this handler. */
    public static String of(HttpServerRequest request) {
        return request.getHeader(HEADER);
    }
}
