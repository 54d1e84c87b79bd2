package org.yanhu.opendata.gateway.upstream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.yanhu.opendata.api.requestid.RequestIds;

/**
 * Calls the gateway makes itself (search, region profiles, OpenAPI documents): through the same
 * balancing, health checks, timeouts and circuit breaker as proxied requests, with the caller's
 * request id, and the whole body read. A GET whose connection broke under it is sent once more on a
 * fresh connection, to another instance when there is one.
 */
@ApplicationScoped
public class UpstreamClient {

    @Inject
    Upstreams upstreams;

    @Inject
    MeterRegistry registry;

    /** GETs JSON from an upstream; any HTTP status is a reply, only a failure to get one is a failure. */
    public Future<UpstreamReply> getJson(String upstreamName, String uri, String operation, String requestId) {
        Upstream upstream = upstreams.get(upstreamName);
        long started = System.nanoTime();
        Future<UpstreamReply> reply = upstream.<UpstreamReply>guarded(instance -> get(upstream, instance, uri,
                requestId, false)
                .recover(error -> ConnectionFailures.isBrokenConnection(error)
                        ? get(upstream, upstream.another(instance), uri, requestId, true) : Future.failedFuture(error))
                .compose(answer -> answer.status() >= 500
                        ? Future.failedFuture(new UpstreamServerError(answer, answer.status()))
                        : Future.succeededFuture(answer)))
                .recover(error -> error instanceof UpstreamServerError serverError
                        ? Future.succeededFuture((UpstreamReply) serverError.answer())
                        : Future.failedFuture(error));
        return reply.onComplete(result -> Timer.builder("gateway.upstream.calls")
                .description("Calls the gateway makes itself for its own operations, by upstream and status")
                .tag("upstream", upstreamName)
                .tag("operation", operation)
                .tag("status", result.succeeded() ? Integer.toString(result.result().status())
                        : result.cause() instanceof UpstreamUnavailableException u ? Integer.toString(u.status())
                                : "error")
                .publishPercentileHistogram()
                .register(registry)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS));
    }

    private static Future<UpstreamReply> get(Upstream upstream, UpstreamInstance instance, String uri,
            String requestId, boolean fresh) {
        return upstream.open(instance, HttpMethod.GET, uri, fresh)
                .compose(request -> {
                    request.putHeader("Accept", "application/json");
                    if (RequestIds.isValid(requestId)) {
                        request.putHeader(RequestIds.HEADER, requestId);
                    }
                    return request.send();
                })
                .compose(response -> response.body()
                        .map(body -> new UpstreamReply(response.statusCode(), response.headers(), body)));
    }
}
