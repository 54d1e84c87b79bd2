package org.yanhu.opendata.gateway.edge;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import org.yanhu.opendata.gateway.config.GatewayConfig;

/**
 * The security header fields of every answer, the services' included: no content sniffing, no
 * referrer, a Content-Security-Policy that fits what is served (the explorer, Swagger UI, or data),
 * and no Server or X-Powered-By field that would name software and versions.
 */
public class SecurityHeaders implements Handler<RoutingContext> {

    private final GatewayConfig.SecurityHeadersConfig config;

    public SecurityHeaders(GatewayConfig.SecurityHeadersConfig config) {
        this.config = config;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String policy = policyFor(ctx.normalizedPath());
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", config.referrerPolicy());
            headers.set("Content-Security-Policy", policy);
            headers.remove("Server");
            headers.remove("X-Powered-By");
        });
        ctx.next();
    }

    String policyFor(String path) {
        if (path.equals("/explorer") || path.startsWith("/explorer/")) {
            return config.explorerPolicy();
        }
        if (path.equals("/q/swagger-ui") || path.startsWith("/q/swagger-ui/")) {
            return config.swaggerUiPolicy();
        }
        return config.apiPolicy();
    }
}
