package org.yanhu.opendata.gateway.proxy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.streams.ReadStream;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.yanhu.opendata.api.problem.Problem;
import org.yanhu.opendata.gateway.caching.CachePolicy;
import org.yanhu.opendata.gateway.edge.BodyLimit;
import org.yanhu.opendata.gateway.edge.GatewayProblems;
import org.yanhu.opendata.gateway.edge.RequestLimits;
import org.yanhu.opendata.gateway.upstream.ConnectionFailures;
import org.yanhu.opendata.gateway.upstream.Upstream;
import org.yanhu.opendata.gateway.upstream.UpstreamInstance;
import org.yanhu.opendata.gateway.upstream.UpstreamServerError;
import org.yanhu.opendata.gateway.upstream.UpstreamUnavailableException;

/**
 * What the gateway adds to a proxied exchange: forwarding headers on the way in, the circuit
 * breaker of the instance it goes to and the timeout around the upstream call, one more try on a
 * fresh connection to another instance for a request that changes nothing when its connection broke, a problem answer when the upstream cannot answer,
 * and metrics per route and upstream. Status, headers and body of an upstream answer pass unchanged,
 * except for CORS headers, which the gateway owns; {@link ResponseRelay} sends them.
 */
final class UpstreamInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamInterceptor.class);
    private static final String STARTED = "gateway.started";
    /** Set on an exchange sent again: its origin is then opened on a fresh connection. */
    static final String FRESH_CONNECTION = "gateway.fresh-connection";
    /** The gate that holds a write's body back until the service asks for it. */
    static final String GATE = "gateway.continue-gate";
    private static final String CLIENT_REQUEST = "gateway.client-request";
    /** How long a write's body waits for a 100 Continue from a service that may never send one. */
    private static final long CONTINUE_WAIT_MILLIS = 1000;
    /** The instance an exchange goes to first; its circuit breaker counts the outcome. */
    static final String INSTANCE = "gateway.instance";
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);

    private final String route;
    private final Upstream upstream;
    private final GatewayProblems problems;
    private final MeterRegistry registry;
    private final Set<String> compressibleTypes;
    private final long maxBodySize;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    UpstreamInterceptor(String route, Upstream upstream, GatewayProblems problems, MeterRegistry registry,
            Set<String> compressibleTypes, long maxBodySize) {
        this.maxBodySize = maxBodySize;
        this.route = route;
        this.upstream = upstream;
        this.problems = problems;
        this.registry = registry;
        this.compressibleTypes = compressibleTypes;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        context.set(STARTED, System.nanoTime());
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        MultiMap headers = request.headers();
        String client = incoming.remoteAddress() == null ? "unknown" : incoming.remoteAddress().host();
        String forwardedFor = headers.get("X-Forwarded-For");
        headers.set("X-Forwarded-For", forwardedFor == null ? client : forwardedFor + ", " + client);
        headers.set("X-Forwarded-Proto", incoming.scheme());
        if (incoming.authority() != null) {
            headers.set("X-Forwarded-Host", incoming.authority().toString());
        }
        boolean retryable = IDEMPOTENT.contains(request.getMethod()) && !hasBody(incoming);
        if (retryable) {
            // Nothing to stream: the request can be sent again as it is.
            request.setBody(null);
        } else if (request.getBody() != null && request.getBody().length() < 0) {
            // A body of undeclared length: counted on its way, and cut off at the limit.
            request.setBody(Body.body(new BodyLimit(request.getBody().stream(), maxBodySize), -1));
        }
        if (!retryable && request.getBody() != null && hasBody(incoming)) {
            // The body goes once the service asks for it: its early answer (a 401) then always reaches the client.
            ContinueGate gate = new ContinueGate(request.getBody().stream());
            request.setBody(Body.body(gate, request.getBody().length()));
            headers.set("Expect", "100-continue");
            context.set(GATE, gate);
        }
        return upstream.<ProxyResponse>guarded(instance -> {
            context.set(INSTANCE, instance);
            return exchange(context, retryable).compose(response -> response.getStatusCode() >= 500
                    ? Future.failedFuture(new UpstreamServerError(response, response.getStatusCode()))
                    : Future.succeededFuture(response));
        }).recover(error -> Future.succeededFuture(answerFor(request, error)));
    }

    /**
     * Sends the request; when its connection broke under it (closed or reset by the other side) and
     * the request changes nothing and carries no body, sends it once more on a fresh connection. A
     * POST, or a request with a body, is never sent twice.
     */
    private Future<ProxyResponse> exchange(ProxyContext context, boolean retryable) {
        return context.sendRequest().recover(error -> {
            HttpServerRequest incoming = context.request().proxiedRequest();
            if (!retryable || context.get(FRESH_CONNECTION, Boolean.class) != null
                    || !ConnectionFailures.isBrokenConnection(error) || incoming.response().closed()) {
                return Future.failedFuture(error);
            }
            LOG.debugf("%s %s: connection to %s broke (%s); sending it again on a fresh connection",
                    incoming.method(), incoming.uri(), upstream.name(), error);
            context.set(FRESH_CONNECTION, Boolean.TRUE);
            // Its instance may be going down (killed, restarting): the one retry goes to another one.
            context.set(INSTANCE, upstream.another(context.get(INSTANCE, UpstreamInstance.class)));
            registry.counter("gateway.upstream.retries", "upstream", upstream.name()).increment();
            return context.sendRequest();
        });
    }

    /**
     * Called with the request opened to the service: the gate opens on its 100 Continue (or after a
     * short wait), and is abandoned when a final answer comes first.
     */
    static void gate(ProxyContext context, HttpClientRequest upstreamRequest) {
        ContinueGate gate = context.get(GATE, ContinueGate.class);
        if (gate == null) {
            return;
        }
        context.set(CLIENT_REQUEST, upstreamRequest);
        Vertx vertx = Vertx.currentContext().owner();
        long timer = vertx.setTimer(CONTINUE_WAIT_MILLIS, t -> gate.open());
        gate.sendHeadFirst(upstreamRequest::sendHead);
        upstreamRequest.continueHandler(v -> {
            vertx.cancelTimer(timer);
            gate.open();
        });
        upstreamRequest.response().onComplete(answer -> {
            vertx.cancelTimer(timer);
            gate.abandon();
        });
    }

    private static boolean hasBody(HttpServerRequest incoming) {
        String length = incoming.getHeader("Content-Length");
        return incoming.getHeader("Transfer-Encoding") != null || (length != null && !length.trim().equals("0"));
    }

    private ProxyResponse answerFor(ProxyRequest request, Throwable error) {
        if (error instanceof UpstreamServerError serverError) {
            return (ProxyResponse) serverError.answer();
        }
        boolean bodyTooLarge = request.getBody() != null && bodyLimitOf(request.getBody().stream()) != null
                && bodyLimitOf(request.getBody().stream()).exceeded();
        ContinueGate gate = request.getBody() != null && request.getBody().stream() instanceof ContinueGate g ? g : null;
        if (gate != null) {
            gate.abandon();
        }
        if (request.getBody() != null && !bodyTooLarge) {
            // What is left of the client's body is read and dropped, so that its connection stays usable.
            request.release();
        }
        HttpServerRequest incoming = request.proxiedRequest();
        if (bodyTooLarge) {
            incoming.response().putHeader("Connection", "close");
            return problem(request, 413, "body-too-large", "Request body too large", RequestLimits.tooLarge(maxBodySize),
                    0);
        }
        if (error instanceof UpstreamUnavailableException unavailable) {
            LOG.warnf("%s %s: %s", incoming.method(), incoming.uri(), unavailable.getMessage());
            return problem(request, unavailable.status(), unavailable.reason().slug, unavailable.reason().title,
                    unavailable.getMessage(), unavailable.retryAfterSeconds());
        }
        LOG.warnf(error, "%s %s: the exchange with %s failed", incoming.method(), incoming.uri(), upstream.name());
        return problem(request, 502, "bad-gateway", "Bad gateway", "The " + upstream.name()
                + " service gave no usable answer; quote the request id when you report it", 1);
    }

    private static BodyLimit bodyLimitOf(ReadStream<Buffer> stream) {
        if (stream instanceof ContinueGate gate) {
            return bodyLimitOf(gate.source());
        }
        return stream instanceof BodyLimit limit ? limit : null;
    }

    private ProxyResponse problem(ProxyRequest request, int status, String slug, String title, String detail,
            long retryAfter) {
        ProxyResponse response = request.response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", CachePolicy.PROBLEM)
                .setBody(Body.body(problems.body(request.proxiedRequest(), status, slug, title, detail)));
        return retryAfter > 0 ? response.putHeader("Retry-After", Long.toString(retryAfter)) : response;
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        List<String> cors = response.headers().names().stream()
                .filter(name -> name.regionMatches(true, 0, "Access-Control-", 0, 15)).toList();
        cors.forEach(response.headers()::remove);
        decideCompression(context.request().proxiedRequest().response().headers(), response.headers());
        int status = response.getStatusCode();
        String method = context.request().getMethod().name();
        HttpServerRequest incoming = context.request().proxiedRequest();
        return ResponseRelay.send(response, () -> problems.body(incoming, 502, "bad-gateway", "Bad gateway",
                "The " + upstream.name() + " service's answer broke off; quote the request id when you report it"))
                .onComplete(done -> {
            ContinueGate gate = context.get(GATE, ContinueGate.class);
            HttpClientRequest upstreamRequest = context.get(CLIENT_REQUEST, HttpClientRequest.class);
            if (gate != null && gate.abandoned() && upstreamRequest != null) {
                // The body was never sent: that connection cannot carry another request.
                upstreamRequest.exceptionHandler(ignored -> { });
                upstreamRequest.reset();
            }
            Long started = context.get(STARTED, Long.class);
            if (started != null) {
                timer(method, status).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
        });
    }

    /**
     * Quarkus marks every response "Content-Encoding: identity" until a handler allows compression.
     * An upstream answer that is already encoded keeps its encoding; an unencoded one of a
     * compressible type is compressed by the gateway when the client accepts it.
     */
    private void decideCompression(MultiMap outgoing, MultiMap upstreamHeaders) {
        String type = upstreamHeaders.get("Content-Type");
        String mediaType = type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (upstreamHeaders.contains("Content-Encoding") || compressibleTypes.contains(mediaType)) {
            outgoing.remove("Content-Encoding");
        }
    }

    private Timer timer(String method, int status) {
        return timers.computeIfAbsent(method + ' ' + status, key -> Timer.builder("gateway.requests")
                .description("Requests proxied to the services, by route, upstream and status")
                .tag("route", route)
                .tag("upstream", upstream.name())
                .tag("method", method)
                .tag("status", Integer.toString(status))
                .tag("outcome", outcome(status))
                .publishPercentileHistogram()
                .register(registry));
    }

    private static String outcome(int status) {
        if (status < 400) {
            return "SUCCESS";
        }
        return status < 500 ? "CLIENT_ERROR" : "SERVER_ERROR";
    }
}
