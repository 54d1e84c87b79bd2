package org.yanhu.opendata.gateway.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Documents what the gateway itself may answer instead of a service: 429 on every operation, and
 * 503 and 504 on every proxied one, each a problem with its headers, described once in components.
 */
final class GatewayAnswers {

    private static final String REF = OpenApiTree.REF_PREFIX;

    private GatewayAnswers() {
    }

    static void addTo(ObjectNode merged) {
        ObjectNode components = OpenApiTree.object(merged, "components");
        ObjectNode responses = OpenApiTree.object(components, "responses");
        ObjectNode schemas = OpenApiTree.object(components, "schemas");
        if (!schemas.has("Problem")) {
            schemas.putObject("Problem").put("type", "object").put("description", "RFC 9457 problem details");
        }
        ObjectNode headers = OpenApiTree.object(components, "headers");
        header(headers, "GatewayRetryAfter", "Seconds to wait before trying again", 30);
        header(headers, "GatewayRateLimitLimit", "Requests allowed per window for this caller", 300);
        header(headers, "GatewayRateLimitRemaining", "Requests left in the current window", 0);
        header(headers, "GatewayRateLimitReset", "Seconds until the caller's allowance is full again", 60);
        problemResponse(responses, "GatewayTooManyRequests",
                "Too many requests from this caller: wait for Retry-After seconds", 429, "rate-limited",
                "Too many requests", "This client made more than 300 requests in 60 s; retry after 1 s, or ask for "
                        + "an API key with a higher limit", true);
        problemResponse(responses, "GatewayUpstreamUnavailable",
                "The service behind this operation is down or refusing calls for a while", 503,
                "upstream-unavailable", "Upstream unavailable",
                "The projects service is unavailable: none of its 1 instance(s) passes its health check", false);
        problemResponse(responses, "GatewayUpstreamTimeout",
                "The service behind this operation did not answer in time", 504, "upstream-timeout",
                "Upstream timeout", "The indicators service did not answer within 10000 ms", false);
        OpenApiTree.forEachOperation(merged, (path, method, operation) -> {
            ObjectNode answers = OpenApiTree.object(operation, "responses");
            answers.putIfAbsent("429", ref("responses/GatewayTooManyRequests"));
            if (operation.has("x-upstream")) {
                answers.putIfAbsent("503", ref("responses/GatewayUpstreamUnavailable"));
                answers.putIfAbsent("504", ref("responses/GatewayUpstreamTimeout"));
            }
        });
    }

    private static ObjectNode ref(String target) {
        return JsonNodeFactory.instance.objectNode().put("$ref", REF + target);
    }

    private static void header(ObjectNode headers, String name, String description, int example) {
        ObjectNode header = headers.putObject(name);
        header.put("description", description);
        header.putObject("schema").put("type", "integer").put("minimum", 0);
        header.put("example", example);
    }

    private static void problemResponse(ObjectNode responses, String name, String description, int status,
            String slug, String title, String detail, boolean rateLimited) {
        ObjectNode response = responses.putObject(name);
        response.put("description", description);
        ObjectNode headers = response.putObject("headers");
        headers.set("Retry-After", ref("headers/GatewayRetryAfter"));
        if (rateLimited) {
            headers.set("RateLimit-Limit", ref("headers/GatewayRateLimitLimit"));
            headers.set("RateLimit-Remaining", ref("headers/GatewayRateLimitRemaining"));
            headers.set("RateLimit-Reset", ref("headers/GatewayRateLimitReset"));
        }
        ObjectNode media = response.putObject("content").putObject("application/problem+json");
        media.set("schema", ref("schemas/Problem"));
        ObjectNode example = media.putObject("examples").putObject(slug).putObject("value");
        example.put("type", "https://yanhu-opendata.org/problems/" + slug).put("title", title).put("status", status)
                .put("detail", detail).put("instance", "/api/v1/projects?sector=energy")
                .put("request_id", "6f1c0e1e-2b0e-4d5e-9a7c-0d9b8f1e2a3b");
    }
}
