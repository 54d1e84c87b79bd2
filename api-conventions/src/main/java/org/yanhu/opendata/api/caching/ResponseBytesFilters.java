package org.yanhu.opendata.api.caching;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The Quarkus REST side of {@link ResponseBytes}, for a public read that {@link ResponseBytesRoute} marked and could
 * not answer. The request filter notes the data version the resource answers at, and answers a repeat itself when
 * the route could not look it up (the version was not known without a query: the listener was disconnected). The
 * writer interceptor copies the bytes as they are written ({@link BodyCopy}), for the route to keep when the body
 * has ended. A hit here
 * runs the response filters like any answer (ETag, Cache-Control, Vary, Data-Version, a request id of its own); the
 * resource's own headers (a strong ETag, Content-Disposition, Link) come from the stored answer.
 */
@Provider
public class ResponseBytesFilters implements WriterInterceptor {

    /** Set again on every answer by the response filters: a hit here takes only the resource's own from the store. */
    private static final Set<String> PER_ANSWER = Set.of("content-type", "cache-control", "vary",
            DataVersionHeader.HEADER.toLowerCase(Locale.ROOT));

    @Inject
    ResponseBytes bytes;

    @Inject
    Instance<DataVersion> dataVersion;

    @Inject
    RoutingContext routing;

    @ServerRequestFilter(priority = 30)
    public Optional<Response> answerFromStore(ContainerRequestContext request) {
        String key = routing.get(ResponseBytesRoute.KEY);
        if (key == null) {
            return Optional.empty(); // not a public read
        }
        long version;
        try {
            version = dataVersion.get().current();
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // the database is out of reach: the resource answers (a 503) as it would
        }
        ResponseBytes.Stored stored = routing.get(ResponseBytesRoute.LOOKED_UP) != null ? null
                : bytes.lookup(key, version, false);
        if (stored == null) {
            routing.put(ResponseBytesRoute.VERSION, version);
            return Optional.empty();
        }
        Response.ResponseBuilder answer = Response.ok(stored.body(), stored.mediaType());
        for (Map.Entry<String, String> header : stored.headers()) {
            if (!PER_ANSWER.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                answer.header(header.getKey(), header.getValue());
            }
        }
        return Optional.of(answer.build());
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (routing.get(ResponseBytesRoute.VERSION) == null) {
            context.proceed();
            return;
        }
        OutputStream out = context.getOutputStream();
        BodyCopy copy = new BodyCopy(out, bytes.maxEntryBytes());
        // Handed over before the body is written: the response may end inside proceed().
        routing.put(ResponseBytesRoute.BODY, copy);
        context.setOutputStream(copy);
        try {
            context.proceed();
        } finally {
            context.setOutputStream(out);
        }
    }
}
