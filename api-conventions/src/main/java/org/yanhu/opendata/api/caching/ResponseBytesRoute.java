package org.yanhu.opendata.api.caching;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.yanhu.opendata.api.limits.RequestLimitRoute;
import org.yanhu.opendata.api.requestid.RequestIds;

/**
 * Answers a repeated public read ({@link ResponseBytes#isPublicRead}) from {@link ResponseBytes} on the event loop,
 * before Quarkus REST: a lookup and a write of the stored bytes and headers, with a request id of its own. It answers
 * only when this instance knows the data version without a query ({@link DataVersion#known()}: it is told of every
 * write). On a miss the request goes on to Quarkus REST, and this route keeps the answer as it went out: its headers
 * when they are written, and, when the body has ended, the bytes that {@link ResponseBytesFilters} copied. Only a 200
 * that does not say {@code no-store} is kept. Runs after {@link RequestLimitRoute}, so an oversized or malformed
 * request is refused before it is looked up.
 */
@ApplicationScoped
public class ResponseBytesRoute {

    static final int ORDER = RequestLimitRoute.ORDER + 10;

    /** Routing-context keys: the store key of a public read, and what the answer to it was made of. */
    static final String KEY = ResponseBytesRoute.class.getName() + ".key";
    static final String LOOKED_UP = ResponseBytesRoute.class.getName() + ".lookedUp";
    static final String VERSION = ResponseBytesRoute.class.getName() + ".version";
    static final String BODY = ResponseBytesRoute.class.getName() + ".body";
    private static final String HEADERS = ResponseBytesRoute.class.getName() + ".headers";

    /** The request's own and the transport's: never kept. */
    private static final Set<String> NOT_KEPT = Set.of(RequestIds.HEADER.toLowerCase(Locale.ROOT), "content-length",
            "date", "transfer-encoding", "connection", "keep-alive");

    @Inject
    ResponseBytes bytes;

    @Inject
    Instance<DataVersion> dataVersion;

    void install(@Observes Router router) {
        if (bytes.enabled() && dataVersion.isResolvable()) {
            router.route("/api/*").order(ORDER).handler(this::answer);
        }
    }

    private void answer(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!ResponseBytes.isPublicRead(request)) {
            ctx.next();
            return;
        }
        String key = ResponseBytes.key(request);
        long version = dataVersion.get().known();
        ResponseBytes.Stored stored = version < 0 ? null : bytes.lookup(key, version, true);
        if (stored != null) {
            write(ctx, stored);
            return;
        }
        ctx.put(KEY, key);
        if (version >= 0) {
            ctx.put(LOOKED_UP, Boolean.TRUE);
        }
        ctx.addHeadersEndHandler(v -> ctx.put(HEADERS, written(ctx.response().headers())));
        ctx.addBodyEndHandler(v -> keep(ctx, key));
        ctx.next();
    }

    private void write(RoutingContext ctx, ResponseBytes.Stored stored) {
        HttpServerResponse response = ctx.response();
        for (Map.Entry<String, String> header : stored.headers()) {
            response.headers().add(header.getKey(), header.getValue());
        }
        String id = ctx.request().getHeader(RequestIds.HEADER);
        response.putHeader(RequestIds.HEADER, RequestIds.isValid(id) ? id : UUID.randomUUID().toString());
        response.setStatusCode(200).end(Buffer.buffer(stored.body()));
    }

    private void keep(RoutingContext ctx, String key) {
        BodyCopy copy = ctx.get(BODY);
        byte[] body = copy == null ? null : copy.bytes();
        Long version = ctx.get(VERSION);
        List<Map.Entry<String, String>> headers = ctx.get(HEADERS);
        if (body == null || version == null || headers == null || ctx.response().getStatusCode() != 200) {
            return; // an error, a 304, an answer too large to keep, or one the filters did not see
        }
        String type = null;
        for (Map.Entry<String, String> header : headers) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("cache-control") && header.getValue().contains("no-store")) {
                return; // a review queue, which changes without a data version
            }
            if (name.equals("content-type")) {
                type = header.getValue();
            }
        }
        bytes.keep(key, new ResponseBytes.Stored(version, body, type, headers));
    }

    /** The headers as they went out, but the request's own and the transport's. */
    private static List<Map.Entry<String, String>> written(MultiMap headers) {
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        for (Map.Entry<String, String> header : headers) {
            if (!NOT_KEPT.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                kept.add(Map.entry(header.getKey(), header.getValue()));
            }
        }
        return List.copyOf(kept);
    }
}
