package org.yanhu.opendata.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Names and walks shared by the steps of the merge: component types, operations, references. */
final class OpenApiTree {

    static final List<String> COMPONENT_TYPES = List.of("schemas", "responses", "parameters", "examples",
            "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems");
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    static final String REF_PREFIX = "#/components/";

    private OpenApiTree() {
    }

    /** Visits every operation of a document. */
    interface OperationVisitor {
        void visit(String path, String method, ObjectNode operation);
    }

    static void forEachOperation(JsonNode doc, OperationVisitor visitor) {
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> item = it.next();
            forEachOperation(item.getKey(), item.getValue(), visitor);
        }
    }

    static void forEachOperation(String path, JsonNode item, OperationVisitor visitor) {
        for (Iterator<Map.Entry<String, JsonNode>> ops = item.fields(); ops.hasNext(); ) {
            Map.Entry<String, JsonNode> op = ops.next();
            if (METHODS.contains(op.getKey()) && op.getValue() instanceof ObjectNode operation) {
                visitor.visit(path, op.getKey(), operation);
            }
        }
    }

    /** The object under {@code name}, created when it is missing. */
    static ObjectNode object(ObjectNode parent, String name) {
        JsonNode existing = parent.get(name);
        return existing instanceof ObjectNode object ? object : parent.putObject(name);
    }

    static void dropEmptyMembers(ObjectNode node) {
        List<String> empty = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (node.get(name).isEmpty()) {
                empty.add(name);
            }
        });
        empty.forEach(node::remove);
    }
}
