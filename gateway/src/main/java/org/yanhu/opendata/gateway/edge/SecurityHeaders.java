package org.yanhu.opendata.gateway.edge;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import org.yanhu.opendata.gateway.config.GatewayConfig;

/**
 * The security header fields of every answer, the services' included: no content sniffing, no
 * referrer, a Content-Security-Policy that fits what is served (the explorer, Swagger UI, or data),
 * and no Server or X-Powered-By field that would name software and versions.
 */
public class SecurityHeaders implements Handler<RoutingContext> {

    // Names and values made once, as Netty's AsciiString: on every answer they are hashed and written, not converted.
    private static final CharSequence CONTENT_TYPE_OPTIONS = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence REFERRER_POLICY = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence CONTENT_SECURITY_POLICY = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence SERVER = HttpHeaders.createOptimized("Server");
    private static final CharSequence POWERED_BY = HttpHeaders.createOptimized("X-Powered-By");

    private final CharSequence referrerPolicy;
    private final CharSequence explorerPolicy;
    private final CharSequence swaggerUiPolicy;
    private final CharSequence apiPolicy;

    public SecurityHeaders(GatewayConfig.SecurityHeadersConfig config) {
        referrerPolicy = HttpHeaders.createOptimized(config.referrerPolicy());
        explorerPolicy = HttpHeaders.createOptimized(config.explorerPolicy());
        swaggerUiPolicy = HttpHeaders.createOptimized(config.swaggerUiPolicy());
        apiPolicy = HttpHeaders.createOptimized(config.apiPolicy());
    }

    @Override
    public void handle(RoutingContext ctx) {
        CharSequence policy = policyFor(ctx.normalizedPath());
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            headers.set(CONTENT_TYPE_OPTIONS, NOSNIFF);
            headers.set(REFERRER_POLICY, referrerPolicy);
            headers.set(CONTENT_SECURITY_POLICY, policy);
            headers.remove(SERVER);
            headers.remove(POWERED_BY);
        });
        ctx.next();
    }

    CharSequence policyFor(String path) {
        if (path.equals("/explorer") || path.startsWith("/explorer/")) {
            return explorerPolicy;
        }
        if (path.equals("/q/swagger-ui") || path.startsWith("/q/swagger-ui/")) {
            return swaggerUiPolicy;
        }
        return apiPolicy;
    }
}
