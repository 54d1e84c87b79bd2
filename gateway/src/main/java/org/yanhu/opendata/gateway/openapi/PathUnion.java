package org.yanhu.opendata.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The paths of the merged document: a service's path is published only where the gateway routes it
 * to that service, and every proxied operation is marked with {@code x-upstream}. Operation ids must
 * stay unique across documents; a second use of an id is a clash, never renamed.
 */
final class PathUnion {

    private final ObjectNode paths;
    private final Map<String, String> operationIds = new HashMap<>();

    PathUnion(ObjectNode paths) {
        this.paths = paths;
    }

    /** Operation ids of this document that another document already uses, described for the log. */
    List<String> clashesWith(String source, JsonNode document, Predicate<String> routesPath) {
        List<String> clashes = new ArrayList<>();
        Map<String, String> seen = new HashMap<>(operationIds);
        forEachPublished(document, routesPath, (path, method, operation) -> {
            String id = operation.path("operationId").asText("");
            String where = source + " " + method.toUpperCase() + " " + path;
            String earlier = id.isBlank() ? null : seen.putIfAbsent(id, where);
            if (earlier != null) {
                clashes.add("operationId " + id + " is used by " + earlier + " and by " + where);
            }
        });
        return clashes;
    }

    /** Adds the document's routed paths; returns notes on the paths left out. */
    List<String> add(String source, JsonNode document, Predicate<String> routesPath, boolean proxied) {
        List<String> notes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = entry.getKey();
            if (!routesPath.test(path)) {
                notes.add(source + ": path " + path + " left out: the gateway does not route it to " + source);
            } else if (paths.has(path)) {
                notes.add(source + ": path " + path + " left out: already published by another document");
            } else {
                OpenApiTree.forEachOperation(path, entry.getValue(), (p, method, operation) -> {
                    String id = operation.path("operationId").asText("");
                    if (!id.isBlank()) {
                        operationIds.putIfAbsent(id, source + " " + method.toUpperCase() + " " + p);
                    }
                    if (proxied) {
                        operation.put("x-upstream", source);
                    }
                });
                paths.set(path, entry.getValue());
            }
        }
        return notes;
    }

    private void forEachPublished(JsonNode document, Predicate<String> routesPath,
            OpenApiTree.OperationVisitor visitor) {
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (routesPath.test(entry.getKey()) && !paths.has(entry.getKey())) {
                OpenApiTree.forEachOperation(entry.getKey(), entry.getValue(), visitor);
            }
        }
    }
}
