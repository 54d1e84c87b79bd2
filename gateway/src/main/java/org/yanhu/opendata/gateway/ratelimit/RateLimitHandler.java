package org.yanhu.opendata.gateway.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.yanhu.opendata.gateway.edge.GatewayProblems;

/**
 * Applies the rate limit before anything else is done for a request, and writes the RateLimit
 * header fields on every response; a caller over its limit gets a 429 problem with Retry-After.
 */
public class RateLimitHandler implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(RateLimitHandler.class);
    private static final CharSequence LIMIT = HttpHeaders.createOptimized("RateLimit-Limit");
    private static final CharSequence REMAINING = HttpHeaders.createOptimized("RateLimit-Remaining");
    private static final CharSequence RESET = HttpHeaders.createOptimized("RateLimit-Reset");
    private static final CharSequence POLICY = HttpHeaders.createOptimized("RateLimit-Policy");
    private static final CharSequence AUTHORIZATION = HttpHeaders.createOptimized("Authorization");

    /** The fields a tier writes on every answer, the same until its limit or window changes. */
    private record TierFields(long limit, long windowSeconds, CharSequence limitText, CharSequence policy) {

        static TierFields of(RateLimitDecision decision) {
            return new TierFields(decision.limit(), decision.windowSeconds(),
                    HttpHeaders.createOptimized(Long.toString(decision.limit())),
                    HttpHeaders.createOptimized(decision.limit() + ";w=" + decision.windowSeconds()));
        }

        boolean fits(RateLimitDecision decision) {
            return limit == decision.limit() && windowSeconds == decision.windowSeconds();
        }
    }

    private final RateLimiter limiter;
    private final GatewayProblems problems;
    private final List<Pattern> exempt;
    private final MeterRegistry registry;
    /** The fields of the tier last seen: most answers go to callers of one tier. */
    private volatile TierFields lastTier;

    public RateLimitHandler(RateLimiter limiter, GatewayProblems problems, List<String> exempt,
            MeterRegistry registry) {
        this.limiter = limiter;
        this.problems = problems;
        this.exempt = exempt.stream().map(Pattern::compile).toList();
        this.registry = registry;
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (exempt(request.path())) {
            ctx.next();
            return;
        }
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
        CompletableFuture<RateLimitDecision> taken = limiter.take(request.getHeader(AUTHORIZATION), client)
                .toCompletableFuture();
        if (taken.isDone() && !taken.isCompletedExceptionally()) {
            // In-memory buckets answer at once: no need to pause the request or to hop threads.
            apply(ctx, taken.join());
            return;
        }
        request.pause();
        Future.fromCompletionStage(taken, ctx.vertx().getOrCreateContext()).onComplete(result -> {
            request.resume();
            if (result.failed()) {
                LOG.warnf("Rate limiter failed, request let through: %s", result.cause().getMessage());
                ctx.next();
            } else {
                apply(ctx, result.result());
            }
        });
    }

    private boolean exempt(String path) {
        for (Pattern pattern : exempt) {
            if (pattern.matcher(path).matches()) {
                return true;
            }
        }
        return false;
    }

    private void apply(RoutingContext ctx, RateLimitDecision decision) {
        TierFields tier = lastTier;
        if (tier == null || !tier.fits(decision)) {
            tier = TierFields.of(decision);
            lastTier = tier;
        }
        TierFields fields = tier;
        ctx.addHeadersEndHandler(v -> headers(ctx.response().headers(), fields, decision));
        if (decision.allowed()) {
            ctx.next();
        } else {
            registry.counter("gateway.rate_limit.rejected").increment();
            problems.send(ctx, 429, "rate-limited", "Too many requests",
                    "This client made more than " + decision.limit() + " requests in " + decision.windowSeconds()
                            + " s; retry after " + decision.retryAfterSeconds()
                            + " s, or ask for an API key with a higher limit",
                    Map.of("Retry-After", Long.toString(decision.retryAfterSeconds())));
        }
    }

    private static void headers(MultiMap headers, TierFields tier, RateLimitDecision decision) {
        headers.set(LIMIT, tier.limitText())
                .set(REMAINING, Long.toString(decision.remaining()))
                .set(RESET, Long.toString(decision.resetSeconds()))
                .set(POLICY, tier.policy());
    }
}
