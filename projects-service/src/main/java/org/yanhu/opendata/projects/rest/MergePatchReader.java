package org.yanhu.opendata.projects.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yanhu.opendata.api.error.MalformedBody;
import org.yanhu.opendata.projects.service.FieldPatch;

/**
 * Reads a JSON merge patch (RFC 7386) of the correctable fields: a member that is absent keeps its value,
 * null removes an optional one. A body of the wrong shape (an unknown member, a wrong JSON type) is a 400;
 * whether the values are acceptable is the service's to say.
 */
final class MergePatchReader {

    static final List<String> MEMBERS = List.of("name", "description", "sector", "town", "year", "reason");

    private MergePatchReader() {
    }

    static FieldPatch read(JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw malformed(null, "The body must be a JSON object (a merge patch of name, description, sector, town, "
                    + "year) with a reason");
        }
        for (Iterator<String> names = patch.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!MEMBERS.contains(name)) {
                throw malformed(name, "Field '" + name + "' cannot be corrected. Allowed fields: "
                        + String.join(", ", MEMBERS) + " (status changes are releases: POST .../releases)");
            }
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        bilingual(patch, "name", values);
        bilingual(patch, "description", values);
        if (patch.has("sector")) {
            values.put("sector", string(patch.get("sector"), "sector"));
        }
        if (patch.has("town")) {
            JsonNode town = string(patch.get("town"), "town");
            values.put("town", town.isTextual() && town.asText().isBlank() ? NullNode.getInstance() : town);
        }
        if (patch.has("year")) {
            JsonNode year = patch.get("year");
            if (!year.isNull() && !(year.isIntegralNumber() && year.canConvertToInt())) {
                throw malformed("year", "Field 'year' has the wrong type: it must be an integer such as 2025");
            }
            values.put("year", year.isNull() ? NullNode.getInstance() : IntNode.valueOf(year.intValue()));
        }
        String reason = null;
        if (patch.has("reason") && !patch.get("reason").isNull()) {
            reason = string(patch.get("reason"), "reason").asText();
        }
        return new FieldPatch(values, reason);
    }

    private static void bilingual(JsonNode patch, String member, Map<String, JsonNode> values) {
        if (!patch.has(member)) {
            return;
        }
        JsonNode value = patch.get(member);
        if (value.isNull()) {
            values.put(member + ".zh", NullNode.getInstance());
            values.put(member + ".en", NullNode.getInstance());
            return;
        }
        if (!value.isObject()) {
            throw malformed(member, "Field '" + member + "' has the wrong type: it must be an object {\"zh\": ..., "
                    + "\"en\": ...}");
        }
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String language = names.next();
            if (!language.equals("zh") && !language.equals("en")) {
                throw malformed(member + "." + language, "Field '" + member + "." + language
                        + "' is unknown; a text has zh and en");
            }
            values.put(member + "." + language, string(value.get(language), member + "." + language));
        }
    }

    private static JsonNode string(JsonNode value, String field) {
        if (value.isNull()) {
            return NullNode.getInstance();
        }
        if (!value.isTextual()) {
            throw malformed(field, "Field '" + field + "' has the wrong type: it must be a string");
        }
        return TextNode.valueOf(value.asText().trim());
    }

    private static MalformedBody malformed(String field, String detail) {
        return field == null ? new MalformedBody(detail) : new MalformedBody(field, detail);
    }
}
