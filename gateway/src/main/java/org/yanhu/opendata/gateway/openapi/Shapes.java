package org.yanhu.opendata.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What makes two components the same: their shape, that is everything but the prose and samples
 * (description, summary, title, example, examples, externalDocs). Two services may describe the
 * shared Citation in their own words; a different property, type or constraint is a different shape.
 */
final class Shapes {

    private static final Set<String> DOCUMENTATION = Set.of("description", "summary", "title", "example", "examples",
            "externalDocs", "$comment");
    /** Members whose keys are names chosen by the document, not keywords: a property may be called "title". */
    private static final Set<String> NAME_MAPS = Set.of("properties", "patternProperties", "$defs", "definitions",
            "dependentSchemas");

    private Shapes() {
    }

    static boolean sameShape(JsonNode a, JsonNode b) {
        return shape(a).equals(shape(b));
    }

    static boolean sameText(JsonNode a, JsonNode b) {
        return a.equals(b);
    }

    /** A copy without documentation keywords. */
    static JsonNode shape(JsonNode node) {
        return shape(node, false);
    }

    private static JsonNode shape(JsonNode node, boolean namesOnly) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = object.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!namesOnly && DOCUMENTATION.contains(field.getKey())) {
                    continue;
                }
                copy.set(field.getKey(), shape(field.getValue(), !namesOnly && NAME_MAPS.contains(field.getKey())));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode();
            array.forEach(child -> copy.add(shape(child, false)));
            return copy;
        }
        return node;
    }

    /** Where two shapes first part, as a JSON pointer with both values, for the log. */
    static Optional<String> firstDifference(JsonNode a, JsonNode b) {
        return difference(shape(a), shape(b), "");
    }

    private static Optional<String> difference(JsonNode a, JsonNode b, String at) {
        if (a.equals(b)) {
            return Optional.empty();
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String pointer = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!a.has(name) || !b.has(name)) {
                    return Optional.of(pointer + (a.has(name) ? " only in the first" : " only in the second"));
                }
                Optional<String> inner = difference(a.get(name), b.get(name), pointer);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                Optional<String> inner = difference(a.get(i), b.get(i), at + "/" + i);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.of((at.isEmpty() ? "/" : at) + ": " + abbreviate(a) + " versus " + abbreviate(b));
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
