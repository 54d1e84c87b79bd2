package org.yanhu.opendata.gateway.proxy;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Optional;
import org.yanhu.opendata.gateway.caching.CacheFill;
import org.yanhu.opendata.gateway.caching.HttpCache;
import org.yanhu.opendata.gateway.config.GatewayConfig;
import org.yanhu.opendata.gateway.edge.GatewayProblems;
import org.yanhu.opendata.gateway.ratelimit.RateLimitHandler;
import org.yanhu.opendata.gateway.edge.RequestIdHandler;
import org.yanhu.opendata.gateway.edge.RequestLimits;
import org.yanhu.opendata.gateway.edge.SecurityHeaders;
import org.yanhu.opendata.gateway.openapi.OpenApiRoutes;
import org.yanhu.opendata.gateway.ratelimit.RateLimiter;
import org.yanhu.opendata.gateway.upstream.Upstreams;
import org.yanhu.opendata.gateway.upstream.UpstreamInstance;

/**
 * The order in which a request meets the gateway: request id, security headers, request limits,
 * rate limit, the merged OpenAPI document, the proxy routes, then the gateway's own JAX-RS resources
 * and static pages, and last a 404 problem for anything nobody answered.
 */
@ApplicationScoped
public class GatewayRoutes {

    static final int ORDER_REQUEST_ID = -100;
    static final int ORDER_SECURITY_HEADERS = -99;
    static final int ORDER_LIMITS = -95;
    static final int ORDER_RATE_LIMIT = -90;
    static final int ORDER_OPENAPI = -50;
    /** After Quarkus's compression handler (order 0), before its default routes (1000 and on). */
    static final int ORDER_PROXY = 500;

    @Inject
    GatewayConfig config;

    @Inject
    Upstreams upstreams;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    GatewayProblems problems;

    @Inject
    OpenApiRoutes openApi;

    @Inject
    HttpCache cache;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "quarkus.http.compress-media-types")
    Optional<List<String>> compressMediaTypes;

    private final Map<String, HttpProxy> proxies = new HashMap<>();

    void install(@Observes Router router) {
        router.route().order(ORDER_REQUEST_ID).handler(new RequestIdHandler());
        // A target the router cannot decode is failed with a bare 400 before any route runs: a problem instead.
        router.errorHandler(400, RequestLimits.routerBadRequest(problems));
        router.route().order(ORDER_SECURITY_HEADERS).handler(new SecurityHeaders(config.securityHeaders()));
        router.route().order(ORDER_LIMITS).handler(new RequestLimits(config.limits(), problems));
        if (config.rateLimit().enabled()) {
            router.route().order(ORDER_RATE_LIMIT).handler(new RateLimitHandler(rateLimiter, problems,
                    config.rateLimit().exempt(), registry));
        }
        openApi.install(router, ORDER_OPENAPI);
        Set<String> compressible = compressMediaTypes.orElse(List.of()).stream()
                .map(type -> type.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (Upstreams.Route route : upstreams.routes()) {
            HttpProxy proxy = HttpProxy.reverseProxy(route.upstream().client())
                    .origin(context -> route.upstream().open(
                            context.get(UpstreamInterceptor.INSTANCE, UpstreamInstance.class),
                            context.request().getMethod(),
                            context.request().getURI(),
                            context.get(UpstreamInterceptor.FRESH_CONNECTION, Boolean.class) != null)
                            .onSuccess(upstreamRequest -> UpstreamInterceptor.gate(context, upstreamRequest)))
                    .addInterceptor(new UpstreamInterceptor(route.prefix(), route.upstream(), problems, registry,
                            compressible, config.limits().maxBodySize()));
            if (cache.enabled()) {
                proxy.addInterceptor(new CacheFill(cache, route.upstream().name()));
            }
            proxies.put(route.prefix(), proxy);
        }
        router.route().order(ORDER_PROXY).handler(this::proxy);
        router.route().order(Integer.MAX_VALUE).handler(this::notFound);
    }

    private void proxy(RoutingContext ctx) {
        Optional<Upstreams.Route> route = upstreams.route(ctx.normalizedPath());
        if (route.isEmpty()) {
            ctx.next();
            return;
        }
        proxies.get(route.get().prefix()).handle(ctx.request());
    }

    private void notFound(RoutingContext ctx) {
        problems.send(ctx, 404, "not-found", "Not found", "No resource at " + ctx.normalizedPath()
                + "; the API lives under /api/v1 (see /q/openapi or /docs)", Map.of());
    }
}
