package org.yanhu.opendata.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Merges the gateway's own OpenAPI document with the services' documents into one. Paths are kept
 * only where the gateway really routes them to that service. Components with the same name and the
 * same content are shared; a service's component that clashes with a different one is renamed with
 * the service's name as prefix, and every $ref to it is rewritten. Operation ids that clash get the
 * same prefix. Every operation also documents the answers the gateway itself may give instead.
 */
public final class OpenApiMerger {

    static final List<String> COMPONENT_TYPES = List.of("schemas", "responses", "parameters", "examples",
            "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems");
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    static final String REF_PREFIX = "#/components/";

    /** One service's document and the paths the gateway sends to that service. */
    public record Source(String name, JsonNode document, Predicate<String> routesPath) {
    }

    /** The merged document and what was changed or left out on the way, for the log. */
    public record Result(ObjectNode document, List<String> notes) {
    }

    /** What the merged document says about itself. */
    public record Identity(String title, String version, String description, String serverUrl) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public Result merge(JsonNode gateway, List<Source> sources, Identity identity) {
        List<String> notes = new ArrayList<>();
        ObjectNode merged = NODES.objectNode();
        merged.put("openapi", gateway.path("openapi").asText("3.1.0"));
        ObjectNode info = merged.putObject("info");
        info.put("title", identity.title());
        info.put("version", identity.version());
        info.put("description", identity.description());
        if (gateway.path("info").has("license")) {
            info.set("license", gateway.path("info").get("license").deepCopy());
        }
        if (gateway.path("info").has("contact")) {
            info.set("contact", gateway.path("info").get("contact").deepCopy());
        }
        ArrayNode servers = merged.putArray("servers");
        servers.addObject().put("url", identity.serverUrl()).put("description", "The gateway: the one front door");
        // Reads are public; an operation that needs an API key names its security requirement itself.
        merged.putArray("security");
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        Set<String> operationIds = new HashSet<>();

        addDocument("gateway", gateway.deepCopy(), path -> true, merged, notes, operationIds, false);
        for (Source source : sources) {
            addDocument(source.name(), source.document().deepCopy(), source.routesPath(), merged, notes,
                    operationIds, true);
        }
        addGatewayAnswers(merged);
        dropEmpty(components);
        if (tags.isEmpty()) {
            merged.remove("tags");
        }
        if (paths.isEmpty()) {
            notes.add("no paths at all: no service document is available yet");
        }
        return new Result(merged, notes);
    }

    private void addDocument(String name, ObjectNode doc, Predicate<String> routesPath, ObjectNode merged,
            List<String> notes, Set<String> operationIds, boolean proxied) {
        pushDownRootSecurity(doc);
        ObjectNode components = (ObjectNode) merged.get("components");
        Map<String, String> renames = renames(name, doc, components);
        renames.forEach((from, to) -> notes.add(name + ": component " + from + " clashes with a different one; "
                + "published as " + to));
        rewriteRefs(doc, renames);

        JsonNode docComponents = doc.path("components");
        for (String type : COMPONENT_TYPES) {
            JsonNode entries = docComponents.path(type);
            ObjectNode target = components.has(type) ? (ObjectNode) components.get(type) : components.putObject(type);
            for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String finalName = renames.getOrDefault(REF_PREFIX + type + "/" + entry.getKey(), REF_PREFIX + type
                        + "/" + entry.getKey()).substring((REF_PREFIX + type + "/").length());
                if (!target.has(finalName)) {
                    target.set(finalName, entry.getValue());
                }
            }
        }

        ArrayNode tags = (ArrayNode) merged.get("tags");
        Set<String> knownTags = new HashSet<>();
        tags.forEach(tag -> knownTags.add(tag.path("name").asText()));
        for (JsonNode tag : doc.path("tags")) {
            if (knownTags.add(tag.path("name").asText())) {
                tags.add(tag);
            }
        }

        ObjectNode paths = (ObjectNode) merged.get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = entry.getKey();
            if (!routesPath.test(path)) {
                notes.add(name + ": path " + path + " left out: the gateway does not route it to " + name);
                continue;
            }
            if (paths.has(path)) {
                notes.add(name + ": path " + path + " left out: already published by another service");
                continue;
            }
            ObjectNode item = (ObjectNode) entry.getValue();
            for (Iterator<Map.Entry<String, JsonNode>> ops = item.fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey()) && op.getValue() instanceof ObjectNode operation) {
                    uniqueOperationId(name, path, op.getKey(), operation, operationIds, notes);
                    if (proxied) {
                        operation.put("x-upstream", name);
                    }
                }
            }
            paths.set(path, item);
        }
    }

    /** Names of this document's components that must change to stay apart from those merged before. */
    static Map<String, String> renames(String source, ObjectNode doc, ObjectNode merged) {
        Map<String, String> renames = new LinkedHashMap<>();
        JsonNode docComponents = doc.path("components");
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String type : COMPONENT_TYPES) {
                JsonNode existing = merged.path(type);
                for (Iterator<Map.Entry<String, JsonNode>> it = docComponents.path(type).fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    String ref = REF_PREFIX + type + "/" + entry.getKey();
                    if (renames.containsKey(ref) || !existing.has(entry.getKey())) {
                        continue;
                    }
                    JsonNode candidate = entry.getValue().deepCopy();
                    rewriteRefs(candidate, renames);
                    if (!existing.get(entry.getKey()).equals(candidate)) {
                        renames.put(ref, REF_PREFIX + type + "/"
                                + freeName(prefix(source) + entry.getKey(), existing, docComponents.path(type)));
                        changed = true;
                    }
                }
            }
        }
        return renames;
    }

    private static String freeName(String wanted, JsonNode merged, JsonNode own) {
        String name = wanted;
        int n = 2;
        while (merged.has(name) || own.has(name)) {
            name = wanted + n++;
        }
        return name;
    }

    static String prefix(String source) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : source.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return out.toString();
    }

    /** Rewrites every {@code $ref} string in a tree by the given map of old to new references. */
    static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renames.containsKey(ref.asText())) {
                object.set("$ref", TextNode.valueOf(renames.get(ref.asText())));
            }
            object.forEach(child -> rewriteRefs(child, renames));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteRefs(child, renames));
        }
    }

    /** A document-wide security requirement applies to the document's own operations only. */
    private static void pushDownRootSecurity(ObjectNode doc) {
        JsonNode security = doc.remove("security");
        if (security == null) {
            return;
        }
        forEachOperation(doc, (path, method, operation) -> {
            if (!operation.has("security")) {
                operation.set("security", security.deepCopy());
            }
        });
    }

    private static void uniqueOperationId(String source, String path, String method, ObjectNode operation,
            Set<String> used, List<String> notes) {
        String id = operation.path("operationId").asText(null);
        if (id == null || id.isBlank()) {
            return;
        }
        if (used.add(id)) {
            return;
        }
        String renamed = Character.toLowerCase(prefix(source).charAt(0)) + prefix(source).substring(1)
                + Character.toUpperCase(id.charAt(0)) + id.substring(1);
        int n = 2;
        while (!used.add(renamed)) {
            renamed = renamed + n++;
        }
        operation.put("operationId", renamed);
        notes.add(source + ": operationId " + id + " of " + method.toUpperCase() + " " + path
                + " clashes with another operation; published as " + renamed);
    }

    /** The gateway may answer any proxied operation with 429, 503 or 504, and its own with 429. */
    private static void addGatewayAnswers(ObjectNode merged) {
        ObjectNode components = (ObjectNode) merged.get("components");
        ObjectNode responses = components.has("responses") ? (ObjectNode) components.get("responses")
                : components.putObject("responses");
        ObjectNode schemas = components.has("schemas") ? (ObjectNode) components.get("schemas")
                : components.putObject("schemas");
        if (!schemas.has("Problem")) {
            ObjectNode problem = schemas.putObject("Problem");
            problem.put("type", "object").put("description", "RFC 9457 problem details");
        }
        ObjectNode headers = components.has("headers") ? (ObjectNode) components.get("headers")
                : components.putObject("headers");
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
        forEachOperation(merged, (path, method, operation) -> {
            ObjectNode answers = operation.has("responses") ? (ObjectNode) operation.get("responses")
                    : operation.putObject("responses");
            if (!answers.has("429")) {
                answers.putObject("429").put("$ref", REF_PREFIX + "responses/GatewayTooManyRequests");
            }
            if (operation.has("x-upstream")) {
                if (!answers.has("503")) {
                    answers.putObject("503").put("$ref", REF_PREFIX + "responses/GatewayUpstreamUnavailable");
                }
                if (!answers.has("504")) {
                    answers.putObject("504").put("$ref", REF_PREFIX + "responses/GatewayUpstreamTimeout");
                }
            }
        });
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
        headers.putObject("Retry-After").put("$ref", REF_PREFIX + "headers/GatewayRetryAfter");
        if (rateLimited) {
            headers.putObject("RateLimit-Limit").put("$ref", REF_PREFIX + "headers/GatewayRateLimitLimit");
            headers.putObject("RateLimit-Remaining").put("$ref", REF_PREFIX + "headers/GatewayRateLimitRemaining");
            headers.putObject("RateLimit-Reset").put("$ref", REF_PREFIX + "headers/GatewayRateLimitReset");
        }
        ObjectNode media = response.putObject("content").putObject("application/problem+json");
        media.putObject("schema").put("$ref", REF_PREFIX + "schemas/Problem");
        ObjectNode example = media.putObject("examples").putObject(slug).putObject("value");
        example.put("type", "https://yanhu-opendata.org/problems/" + slug).put("title", title).put("status", status)
                .put("detail", detail).put("instance", "/api/v1/projects?sector=energy")
                .put("request_id", "6f1c0e1e-2b0e-4d5e-9a7c-0d9b8f1e2a3b");
    }

    /** Visits every operation of a document. */
    interface OperationVisitor {
        void visit(String path, String method, ObjectNode operation);
    }

    static void forEachOperation(JsonNode doc, OperationVisitor visitor) {
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> item = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = item.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey()) && op.getValue() instanceof ObjectNode operation) {
                    visitor.visit(item.getKey(), op.getKey(), operation);
                }
            }
        }
    }

    private static void dropEmpty(ObjectNode components) {
        List<String> empty = new ArrayList<>();
        components.fieldNames().forEachRemaining(name -> {
            if (components.get(name).isEmpty()) {
                empty.add(name);
            }
        });
        empty.forEach(components::remove);
    }
}
