package org.yanhu.opendata.gateway.caching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.yanhu.opendata.gateway.config.GatewayConfig;

/**
 * The serialized bytes of the gateway's assembled answers (search, region profiles; {@link AssembledAnswers}) by
 * request target, so that a repeat is answered on the event loop before Quarkus REST: a lookup and a write. The
 * bytes follow the rules of the answer they were serialized from (its data versions, the maximum freshness, only
 * complete answers); a request that the answer would not be given to as it is (credentials, {@code no-cache}, an
 * Accept other than JSON, a HEAD) goes on to the resource. Bounded by {@code gateway.cache.max-assembled-bytes}.
 */
@ApplicationScoped
public class AssembledBytes {

    /** After the rate limit and the cache route (400), before the proxy (500) and Quarkus REST. */
    static final int ORDER = 450;
    private static final CharSequence JSON = HttpHeaders.createOptimized("application/json;charset=UTF-8");
    /** The paths of the gateway's own assembled answers. */
    private static final List<String> PREFIXES = List.of("/api/v1/search", "/api/v1/regions/");

    /** One answer's bytes, with what it was assembled from and when. */
    private record Kept(Buffer body, Meters meters, List<String> upstreams, long[] versions, long storedAt) {
    }

    /** The hits of one kind of answer ({@code gateway.cache.assembled}), and those of them answered from bytes. */
    private record Meters(Counter hits, Counter fromBytes) {
    }

    @Inject
    HttpCache cache;

    @Inject
    GatewayConfig gateway;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry registry;

    private Cache<String, Kept> store;
    private long maxFreshnessNanos;
    private final Map<String, Meters> meters = new ConcurrentHashMap<>();

    @PostConstruct
    void create() {
        maxFreshnessNanos = cache.maxFreshnessNanos();
        store = Caffeine.newBuilder()
                .maximumWeight(gateway.cache().maxAssembledBytes())
                .<String, Kept>weigher((uri, kept) -> uri.length() + kept.body().length() + 64)
                .expireAfterWrite(maxFreshnessNanos, TimeUnit.NANOSECONDS)
                .build();
    }

    void install(@Observes Router router) {
        if (cache.enabled()) {
            router.route().order(ORDER).handler(this::handle);
        }
    }

    /**
     * Keeps the bytes of an answer given to this request, unless they are kept already: an answer that is complete,
     * given to a request that could have been answered from the store.
     */
    void keep(HttpServerRequest request, String name, List<String> upstreams, long[] versions, long storedAt,
            Object value) {
        String uri = request.uri();
        Kept known = store.getIfPresent(uri);
        if (known != null && known.storedAt() == storedAt) {
            return;
        }
        try {
            Buffer body = Buffer.buffer(json.writeValueAsBytes(value));
            Meters counters = meters.computeIfAbsent(name, n -> new Meters(
                    Counter.builder("gateway.cache.assembled").tag("answer", n).tag("result", HttpCache.HIT)
                            .register(registry),
                    Counter.builder("gateway.cache.assembled.bytes").tag("answer", n)
                            .description("Hits answered from stored bytes, before Quarkus REST").register(registry)));
            store.put(uri, new Kept(body, counters, upstreams, versions, storedAt));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Kept kept = request.method() == HttpMethod.GET && assembled(request.path()) ? store.getIfPresent(request.uri())
                : null;
        long now = System.nanoTime();
        if (kept == null || now - kept.storedAt() >= maxFreshnessNanos || !cache.nothingNewerThan(kept.upstreams(),
                kept.versions()) || !acceptsJson(request) || !cache.consults(request)
                || AssembledAnswers.asksAfresh(request)) {
            ctx.next();
            return;
        }
        kept.meters().hits().increment();
        kept.meters().fromBytes().increment();
        MultiMap headers = ctx.response().headers();
        // As Quarkus REST does for a compressible type: compressed when the client accepts it.
        headers.remove(HttpHeaders.CONTENT_ENCODING);
        headers.set(HttpHeaders.CONTENT_TYPE, JSON);
        headers.set(HttpCache.X_CACHE_FIELD, HttpCache.HIT_FIELD);
        headers.set(HttpCache.AGE_FIELD, Long.toString(TimeUnit.NANOSECONDS.toSeconds(now - kept.storedAt())));
        ctx.response().end(kept.body());
    }

    private static boolean assembled(String path) {
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** No Accept, or one that the resource would answer with its JSON whatever else it names. */
    private static boolean acceptsJson(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept == null || accept.equals("*/*") || accept.equals("application/json");
    }
}
