package org.yanhu.opendata.gateway.edge;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import org.yanhu.opendata.gateway.config.GatewayConfig;

/**
 * Enforces the documented request limits right after the request id is given, so that a request
 * over them gets a problem with its request id: a target over the URI limit a 414, a header section
 * over its limit a 431, a declared body over the body limit a 413. The HTTP codec's own limits
 * (quarkus.http.limits.*) are set well above these, and answer only what is beyond them, in plain text.
 * A body without a declared length is counted as it streams ({@link BodyLimit}).
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
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > limits.maxUriLength()) {
            refuse(ctx, 414, "uri-too-long", "URI too long", "The request target has " + request.uri().length()
                    + " characters; at most " + limits.maxUriLength() + " are accepted. Send fewer or shorter "
                    + "query parameters");
            return;
        }
        long headerBytes = headerBytes(request);
        if (headerBytes > limits.maxHeaderSize()) {
            refuse(ctx, 431, "headers-too-large", "Request header fields too large", "The header fields take "
                    + headerBytes + " bytes; at most " + limits.maxHeaderSize() + " are accepted");
            return;
        }
        long declared = declaredLength(request);
        if (declared > limits.maxBodySize()) {
            // Not worth reading a body that is refused anyway: the connection closes after the answer.
            ctx.response().putHeader("Connection", "close");
            refuse(ctx, 413, "body-too-large", "Request body too large", tooLarge(limits.maxBodySize()));
            return;
        }
        ctx.next();
    }

    public static String tooLarge(long limit) {
        return "The request body is larger than " + limit + " bytes, the most this API accepts; split the batch";
    }

    private void refuse(RoutingContext ctx, int status, String slug, String title, String detail) {
        problems.send(ctx, status, slug, title, detail, Map.of());
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
