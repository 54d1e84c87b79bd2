package org.yanhu.opendata.gateway.openapi;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yanhu.opendata.gateway.caching.CachePolicy;
import org.yanhu.opendata.gateway.caching.ConditionalGets;
import java.util.List;
import java.util.Locale;

/**
 * Serves the merged document at /q/openapi (JSON, or YAML for ?format=yaml or an Accept asking for
 * YAML), with an ETag so that Swagger UI and clients can revalidate cheaply, and redirects /docs to
 * Swagger UI, which shows the merged document.
 */
@ApplicationScoped
public class OpenApiRoutes {

    public static final String PATH = "/q/openapi";

    @Inject
    MergedOpenApi document;

    public void install(Router router, int order) {
        router.route(PATH).order(order).handler(this::serve);
        router.route(PATH + ".json").order(order).handler(this::serve);
        router.route(PATH + ".yaml").order(order).handler(this::serve);
        router.route("/docs").order(order).handler(ctx -> ctx.redirect("/q/swagger-ui/"));
        router.route("/docs/").order(order).handler(ctx -> ctx.redirect("/q/swagger-ui/"));
    }

    private void serve(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        String method = ctx.request().method().name();
        if (method.equals("OPTIONS")) {
            response.putHeader("Allow", "GET, HEAD, OPTIONS").setStatusCode(204).end();
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            ctx.next();
            return;
        }
        MergedOpenApi.Rendered rendered = document.current();
        boolean yaml = wantsYaml(ctx);
        response.putHeader("Vary", "Accept");
        if (ConditionalGets.answeredNotModified(ctx, rendered.etag(), CachePolicy.REVALIDATE)) {
            return;
        }
        response.putHeader("Content-Type", yaml ? "application/yaml;charset=UTF-8" : "application/json;charset=UTF-8");
        response.end(Buffer.buffer(yaml ? rendered.yaml() : rendered.json()));
    }

    private static boolean wantsYaml(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.endsWith(".yaml")) {
            return true;
        }
        if (path.endsWith(".json")) {
            return false;
        }
        List<String> format = ctx.queryParam("format");
        if (!format.isEmpty()) {
            return format.get(0).toLowerCase(Locale.ROOT).startsWith("y");
        }
        String accept = ctx.request().getHeader("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("yaml")
                && !accept.toLowerCase(Locale.ROOT).contains("json");
    }
}
