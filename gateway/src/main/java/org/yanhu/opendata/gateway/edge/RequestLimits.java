package org.yanhu.opendata.gateway.edge;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.Optional;
import org.yanhu.opendata.api.limits.RequestChecks;
import org.yanhu.opendata.api.limits.RequestRefusal;
import org.yanhu.opendata.gateway.config.GatewayConfig;

/**
 * Enforces the documented request limits right after the request id is given, so that a request
 * over them gets a problem with its request id: a target over the URI limit a 414, a header section
 * over its limit a 431, a declared body over the body limit a 413, and a target that does not
 * percent-decode a 400. The checks are api-conventions' {@link RequestChecks}, the services' own. The
 * HTTP codec's own limits (quarkus.http.limits.*) are set well above these, and answer only what is
 * beyond them, in plain text. A body without a declared length is counted as it streams ({@link BodyLimit}).
 */
public class RequestLimits implements Handler<RoutingContext> {

    private final GatewayConfig.LimitsConfig limits;
    private final GatewayProblems problems;

    public RequestLimits(GatewayConfig.LimitsConfig limits, GatewayProblems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Optional<RequestRefusal> refusal = RequestChecks.refusal(ctx.request(), limits.maxUriLength(),
                limits.maxHeaderSize(), limits.maxBodySize());
        if (refusal.isEmpty()) {
            ctx.next();
            return;
        }
        if (refusal.get().status() == 413) {
            // Not worth reading a body that is refused anyway: the connection closes after the answer.
            ctx.response().putHeader("Connection", "close");
        }
        refuse(ctx, refusal.get());
    }

    public static String tooLarge(long limit) {
        return RequestRefusal.tooLarge(limit);
    }

    /**
     * Answers a request the router failed with 400 before any route ran (a target it cannot decode):
     * a problem with the request id, saying what is malformed when the checks can tell.
     */
    public static Handler<RoutingContext> routerBadRequest(GatewayProblems problems) {
        return ctx -> {
            RequestIdHandler.assign(ctx);
            RequestRefusal refusal = RequestChecks.target(ctx.request().uri()).orElse(new RequestRefusal(400,
                    "bad-request", "Bad request", "The request cannot be read: its target or headers are malformed",
                    null));
            problems.send(ctx, refusal.status(), refusal.slug(), refusal.title(), refusal.detail(), Map.of(),
                    refusal.field());
        };
    }

    private void refuse(RoutingContext ctx, RequestRefusal refusal) {
        problems.send(ctx, refusal.status(), refusal.slug(), refusal.title(), refusal.detail(), Map.of(),
                refusal.field());
    }
}
