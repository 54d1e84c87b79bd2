package org.yanhu.opendata.gateway.caching;

import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yanhu.opendata.api.caching.EntityTags;
import org.yanhu.opendata.gateway.upstream.Upstreams;

/**
 * The cache's place in the route table, after the rate limit and before the proxy: answers a request for
 * a proxied path from a fresh stored answer (a 304 when its If-None-Match names the stored ETag), lets it
 * wait for the one request already asking the service for the same representation, or sends it on to
 * the proxy, where {@link CacheFill} stores or revalidates. Every proxied answer says {@code Age} and
 * {@code X-Cache} (hit, miss, revalidated, or bypass when the cache may not be used).
 */
@ApplicationScoped
public class CacheRoute {

    /** After Quarkus's compression handler (order 0), before the proxy (500). */
    static final int ORDER = 400;

    @Inject
    HttpCache cache;

    @Inject
    Upstreams upstreams;

    @ConfigProperty(name = "quarkus.http.compress-media-types")
    Optional<List<String>> compressMediaTypes;

    private Set<String> compressible;
    private volatile HttpDate date = new HttpDate(0, "");

    /** The Date header value, formatted once a second. */
    private record HttpDate(long second, CharSequence text) {
    }

    private CharSequence httpDate() {
        long second = System.currentTimeMillis() / 1000;
        HttpDate known = date;
        if (known.second() != second) {
            known = new HttpDate(second, HttpHeaders.createOptimized(
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC))));
            date = known;
        }
        return known.text();
    }

    void install(@Observes Router router) {
        if (!cache.enabled()) {
            return;
        }
        compressible = compressMediaTypes.orElse(List.of()).stream()
                .map(type -> type.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        router.route().order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (upstreams.route(ctx.normalizedPath()).isEmpty()) {
            ctx.next();
            return;
        }
        if (!cache.consults(request)) {
            label(ctx, HttpCache.BYPASS);
            ctx.next();
            return;
        }
        long now = System.nanoTime();
        CachedResponse stored = cache.lookup(request);
        if (stored != null && cache.usable(stored, request, now)) {
            send(ctx, stored, HttpCache.HIT, now);
            return;
        }
        if (request.method() == HttpMethod.HEAD) {
            // Only a GET fills the cache; a HEAD it cannot answer goes on as it is.
            label(ctx, HttpCache.MISS);
            ctx.next();
            return;
        }
        String key = coalescingKey(request);
        HttpCache.Fill fill = cache.lead(key, request, stored);
        if (fill != null) {
            ctx.addEndHandler(ended -> fill.abandon());
            ctx.addHeadersEndHandler(v -> labelled(ctx.response().headers(), fill.outcome));
            ctx.next();
            return;
        }
        HttpCache.Fill pending = cache.pending(key);
        if (pending == null) {
            label(ctx, HttpCache.MISS);
            ctx.next();
            return;
        }
        awaitOther(ctx, pending);
    }

    /** Waits for the request that asks the service already, then answers from what it stored, or asks too. */
    private void awaitOther(RoutingContext ctx, HttpCache.Fill pending) {
        HttpServerRequest request = ctx.request();
        Context context = Vertx.currentContext();
        request.pause();
        pending.done.whenComplete((entry, error) -> context.runOnContext(v -> {
            request.resume();
            if (ctx.response().closed() || ctx.response().ended()) {
                return;
            }
            long now = System.nanoTime();
            if (entry != null && entry.selectedBy(request) && cache.usable(entry, request, now)) {
                send(ctx, entry, HttpCache.HIT, now);
            } else {
                label(ctx, HttpCache.MISS);
                ctx.next();
            }
        }));
    }

    /** Writes a stored answer: the whole of it, its headers only (HEAD), or a 304 when If-None-Match names it. */
    void send(RoutingContext ctx, CachedResponse entry, String outcome, long now) {
        cache.counted(outcome);
        HttpServerResponse out = ctx.response();
        MultiMap headers = out.headers();
        boolean notModified = EntityTags.noneMatchHits(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH),
                entry.etag);
        if (!notModified && (entry.encoded || compressible.contains(entry.mediaType))) {
            // Quarkus marks every response "Content-Encoding: identity" until a handler allows compression; as for a
            // proxied answer, an encoded one keeps its encoding, an unencoded one of a compressible type is
            // compressed when the client accepts it.
            headers.remove(HttpHeaders.CONTENT_ENCODING);
        }
        for (Map.Entry<CharSequence, CharSequence> header : notModified ? entry.sentBy304 : entry.sent) {
            headers.add(header.getKey(), header.getValue());
        }
        headers.set(HttpCache.AGE_FIELD, Long.toString(entry.ageSeconds(now)));
        headers.set(HttpCache.X_CACHE_FIELD, outcomeField(outcome));
        headers.set(HttpHeaders.DATE, httpDate());
        if (notModified) {
            out.setStatusCode(304).end();
        } else if (ctx.request().method() == HttpMethod.HEAD) {
            headers.set(HttpHeaders.CONTENT_LENGTH, Integer.toString(entry.body.length()));
            out.setStatusCode(200).end();
        } else {
            out.setStatusCode(200).end(entry.body);
        }
    }

    private static CharSequence outcomeField(String outcome) {
        return HttpCache.HIT.equals(outcome) ? HttpCache.HIT_FIELD : outcome;
    }

    private static void label(RoutingContext ctx, String outcome) {
        ctx.addHeadersEndHandler(v -> labelled(ctx.response().headers(), outcome));
    }

    private static void labelled(MultiMap headers, String outcome) {
        headers.set(HttpCache.X_CACHE, outcome);
        if (!headers.contains("Age")) {
            headers.set("Age", "0");
        }
    }

    /** Requests that will select the same representation by the services' Vary (Accept, Accept-Encoding), and language. */
    private static String coalescingKey(HttpServerRequest request) {
        return request.uri() + '\n' + CachedResponse.normalized(request.headers().getAll(HttpHeaders.ACCEPT)) + '\n'
                + CachedResponse.normalized(request.headers().getAll(HttpHeaders.ACCEPT_ENCODING)) + '\n'
                + CachedResponse.normalized(request.headers().getAll(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
