package org.yanhu.opendata.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Merges the gateway's own OpenAPI document with the services' documents into one, renaming
 * nothing: one name means one shape across the API. Paths come only from the service the gateway
 * routes them to ({@link PathUnion}), components are shared by name ({@link ComponentUnion}), and the
 * gateway's own answers are added to every operation ({@link GatewayAnswers}). A component name that
 * two documents give different shapes, or an operation id used twice, fails the merge with an
 * {@link OpenApiClashException} naming every clash.
 */
public final class OpenApiMerger {

    /** One service's document and the paths the gateway sends to that service. */
    public record Source(String name, JsonNode document, Predicate<String> routesPath) {
    }

    /** The merged document and what was left out or reworded on the way, for the log. */
    public record Result(ObjectNode document, List<String> notes) {
    }

    /** What the merged document says about itself. */
    public record Identity(String title, String version, String description, String serverUrl) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public Result merge(JsonNode gateway, List<Source> sources, Identity identity) {
        ObjectNode merged = header(gateway, identity);
        ComponentUnion components = new ComponentUnion((ObjectNode) merged.get("components"));
        PathUnion paths = new PathUnion((ObjectNode) merged.get("paths"));
        List<String> notes = new ArrayList<>();
        List<ComponentClash> clashes = new ArrayList<>();
        List<String> operationIdClashes = new ArrayList<>();

        List<Source> all = new ArrayList<>();
        all.add(new Source("gateway", gateway, path -> true));
        all.addAll(sources);
        for (int i = 0; i < all.size(); i++) {
            Source source = all.get(i);
            boolean proxied = i > 0;
            ObjectNode document = source.document().deepCopy();
            SecurityRequirements.pushDownRootSecurity(document);
            List<ComponentClash> found = components.clashesWith(source.name(), document.path("components"));
            List<String> idClashes = paths.clashesWith(source.name(), document, source.routesPath());
            clashes.addAll(found);
            operationIdClashes.addAll(idClashes);
            if (found.isEmpty() && idClashes.isEmpty()) {
                notes.addAll(components.add(source.name(), document.path("components")));
                addTags(merged, document);
                notes.addAll(paths.add(source.name(), document, source.routesPath(), proxied));
            }
        }
        if (!clashes.isEmpty() || !operationIdClashes.isEmpty()) {
            throw new OpenApiClashException(clashes, operationIdClashes);
        }
        GatewayAnswers.addTo(merged);
        OpenApiTree.dropEmptyMembers((ObjectNode) merged.get("components"));
        if (merged.get("tags").isEmpty()) {
            merged.remove("tags");
        }
        if (merged.get("paths").isEmpty()) {
            notes.add("no paths at all: no service document is available yet");
        }
        return new Result(merged, notes);
    }

    private static ObjectNode header(JsonNode gateway, Identity identity) {
        ObjectNode merged = NODES.objectNode();
        merged.put("openapi", gateway.path("openapi").asText("3.1.0"));
        ObjectNode info = merged.putObject("info");
        info.put("title", identity.title());
        info.put("version", identity.version());
        info.put("description", identity.description());
        for (String kept : List.of("license", "contact")) {
            if (gateway.path("info").has(kept)) {
                info.set(kept, gateway.path("info").get(kept).deepCopy());
            }
        }
        merged.putArray("servers").addObject().put("url", identity.serverUrl())
                .put("description", "The gateway: the one front door");
        // Reads are public; an operation that needs an API key names its security requirement itself.
        merged.putArray("security");
        merged.putArray("tags");
        merged.putObject("paths");
        merged.putObject("components");
        return merged;
    }

    private static void addTags(ObjectNode merged, JsonNode document) {
        ArrayNode tags = (ArrayNode) merged.get("tags");
        Set<String> known = new HashSet<>();
        tags.forEach(tag -> known.add(tag.path("name").asText()));
        for (JsonNode tag : document.path("tags")) {
            if (known.add(tag.path("name").asText())) {
                tags.add(tag);
            }
        }
    }
}
