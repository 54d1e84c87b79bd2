package org.yanhu.opendata.api.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.yanhu.opendata.api.problem.Problem;
import org.yanhu.opendata.api.requestid.RequestIds;

/**
 * The first route of a data service, before Quarkus's own upload limit and before JAX-RS: a request
 * over the documented limits (414, 431, 413), with a malformed target (400), gets a problem with its
 * request id instead of the codec's plain text. It also reads a blank {@code Accept} as {@code *}{@code /*}
 * (RFC 9110: a client that sends none accepts anything), which JAX-RS could not parse.
 */
@ApplicationScoped
public class RequestLimitRoute {

    /** Before {@code RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT} (-2). */
    public static final int ORDER = -100;

    @Inject
    RequestLimitsConfig limits;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        if (!limits.enabled()) {
            return;
        }
        router.route().order(ORDER).handler(this::screen);
        // A target the router itself cannot decode is failed with 400 before any route: a problem too.
        router.errorHandler(400, ctx -> {
            Optional<RequestRefusal> refusal = RequestChecks.target(ctx.request().uri());
            refuse(ctx, refusal.orElse(new RequestRefusal(400, "bad-request", "Bad request",
                    "The request cannot be read: its target or headers are malformed", null)));
        });
    }

    private void screen(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Optional<RequestRefusal> refusal = RequestChecks.refusal(request, limits.maxUriLength(),
                limits.maxHeaderSize(), limits.maxBodySize().asLongValue());
        if (refusal.isPresent()) {
            refuse(ctx, refusal.get());
            return;
        }
        String accept = request.getHeader("Accept");
        if (accept != null && accept.isBlank()) {
            request.headers().set("Accept", "*/*");
        }
        ctx.next();
    }

    private void refuse(RoutingContext ctx, RequestRefusal refusal) {
        if (ctx.response().headWritten()) {
            ctx.response().close();
            return;
        }
        String id = ctx.request().getHeader(RequestIds.HEADER);
        if (!RequestIds.isValid(id)) {
            id = UUID.randomUUID().toString();
        }
        String uri = ctx.request().uri();
        Problem problem = new Problem(Problem.TYPE_BASE + refusal.slug(), refusal.title(), refusal.status(),
                refusal.detail(), uri.length() > 2048 ? uri.substring(0, 2048) : uri, id,
                refusal.field() == null ? null : List.of(new Problem.FieldError(refusal.field(), refusal.detail())));
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var response = ctx.response().setStatusCode(refusal.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .putHeader(RequestIds.HEADER, id);
        if (refusal.status() == 413) {
            // Not worth reading a body that is refused anyway.
            response.putHeader("Connection", "close");
        }
        if ("HEAD".equals(ctx.request().method().name())) {
            response.end();
        } else {
            response.end(io.vertx.core.buffer.Buffer.buffer(body));
        }
    }
}
