package org.yanhu.opendata.gateway.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
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

    private final RateLimiter limiter;
    private final GatewayProblems problems;
    private final List<Pattern> exempt;
    private final MeterRegistry registry;

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
        String path = request.path();
        if (exempt.stream().anyMatch(p -> p.matcher(path).matches())) {
            ctx.next();
            return;
        }
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
        CompletableFuture<RateLimitDecision> taken = limiter.take(request.getHeader("Authorization"), client)
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

    private void apply(RoutingContext ctx, RateLimitDecision decision) {
        ctx.addHeadersEndHandler(v -> headers(ctx.response(), decision));
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

    private static void headers(HttpServerResponse response, RateLimitDecision decision) {
        response.headers()
                .set("RateLimit-Limit", Long.toString(decision.limit()))
                .set("RateLimit-Remaining", Long.toString(decision.remaining()))
                .set("RateLimit-Reset", Long.toString(decision.resetSeconds()))
                .set("RateLimit-Policy", decision.limit() + ";w=" + decision.windowSeconds());
    }
}
