package org.yanhu.opendata.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The components of the merged document. A name is published once: a later document may define it
 * again with the same shape (its own wording is then dropped, with a note), never with another
 * shape. That is a clash, and the merge is refused rather than a component renamed.
 */
final class ComponentUnion {

    private final ObjectNode components;
    private final Map<String, String> owners = new HashMap<>();

    ComponentUnion(ObjectNode components) {
        this.components = components;
    }

    /** The clashes that adding this document's components would cause. */
    List<ComponentClash> clashesWith(String source, JsonNode documentComponents) {
        List<ComponentClash> clashes = new ArrayList<>();
        forEachComponent(documentComponents, (type, name, definition) -> {
            JsonNode published = components.path(type).get(name);
            if (published != null && !Shapes.sameShape(published, definition)) {
                clashes.add(new ComponentClash(type, name, owners.get(type + "/" + name), source,
                        Shapes.firstDifference(published, definition).orElse("?")));
            }
        });
        return clashes;
    }

    /** Adds the components not published yet; returns notes on those only worded differently. */
    List<String> add(String source, JsonNode documentComponents) {
        List<String> notes = new ArrayList<>();
        forEachComponent(documentComponents, (type, name, definition) -> {
            ObjectNode target = OpenApiTree.object(components, type);
            JsonNode published = target.get(name);
            if (published == null) {
                target.set(name, definition);
                owners.put(type + "/" + name, source);
            } else if (!Shapes.sameText(published, definition)) {
                notes.add(source + ": components/" + type + "/" + name + " has the shape " + owners.get(type + "/"
                        + name) + " published, in other words; the first wording is kept");
            }
        });
        return notes;
    }

    private interface ComponentVisitor {
        void visit(String type, String name, JsonNode definition);
    }

    private static void forEachComponent(JsonNode documentComponents, ComponentVisitor visitor) {
        for (String type : OpenApiTree.COMPONENT_TYPES) {
            for (Iterator<Map.Entry<String, JsonNode>> it = documentComponents.path(type).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                visitor.visit(type, entry.getKey(), entry.getValue());
            }
        }
    }
}
