package org.yanhu.opendata.projects.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yanhu.opendata.api.problem.Problem.FieldError;
import org.yanhu.opendata.api.problem.ProblemException;

/**
 * A JSON merge patch (RFC 7386) of the correctable fields, applied to the current values. A member
 * that is absent keeps its value, null removes an optional one. A wrong JSON type is a 400; a value
 * that is the right type but not acceptable is a 422 listing every such field.
 */
public record ProjectCorrection(Map<String, JsonNode> fields, String reason) {

    public static final List<String> MEMBERS = List.of("name", "description", "sector", "town", "year", "reason");
    private static final Set<String> REQUIRED = Set.of("name.zh", "name.en", "sector", "year");

    public static ProjectCorrection read(JsonNode patch, Map<String, JsonNode> current, EntryChecks checks) {
        if (patch == null || !patch.isObject()) {
            throw malformed(null, "The body must be a JSON object (a merge patch of name, description, sector, town, "
                    + "year) with a reason");
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>(current);
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = patch.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!MEMBERS.contains(name)) {
                throw malformed(name, "Field '" + name + "' cannot be corrected. Allowed fields: "
                        + String.join(", ", MEMBERS) + " (status changes are releases: POST .../releases)");
            }
        }
        bilingual(patch, "name", fields);
        bilingual(patch, "description", fields);
        if (patch.has("sector")) {
            fields.put("sector", string(patch.get("sector"), "sector"));
        }
        if (patch.has("town")) {
            JsonNode town = string(patch.get("town"), "town");
            fields.put("town", town.isTextual() && town.asText().isBlank() ? NullNode.getInstance() : town);
        }
        if (patch.has("year")) {
            JsonNode year = patch.get("year");
            if (!year.isNull() && !(year.isIntegralNumber() && year.canConvertToInt())) {
                throw malformed("year", "Field 'year' has the wrong type: it must be an integer such as 2025");
            }
            fields.put("year", year.isNull() ? NullNode.getInstance() : IntNode.valueOf(year.intValue()));
        }
        String reason = null;
        if (patch.has("reason") && !patch.get("reason").isNull()) {
            reason = string(patch.get("reason"), "reason").asText();
        }
        for (String field : REQUIRED) {
            JsonNode value = fields.get(field);
            if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
                errors.add(new FieldError(field, "cannot be removed or blank"));
            }
        }
        JsonNode year = fields.get("year");
        if (year != null && year.isInt() && (year.intValue() < 1949 || year.intValue() > 2100)) {
            errors.add(new FieldError("year", "must be between 1949 and 2100"));
        }
        JsonNode sector = fields.get("sector");
        if (sector != null && sector.isTextual() && patch.has("sector")) {
            checks.checkSector(sector.asText(), "sector", errors);
        }
        fields.forEach((field, value) -> {
            if (value.isTextual() && value.asText().length() > 2000) {
                errors.add(new FieldError(field, "must be at most 2000 characters"));
            }
        });
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "say why the correction is made; it is kept with the release"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors.size() + " field(s) are invalid; nothing was written", errors);
        }
        return new ProjectCorrection(fields, reason);
    }

    private static void bilingual(JsonNode patch, String member, Map<String, JsonNode> fields) {
        if (!patch.has(member)) {
            return;
        }
        JsonNode value = patch.get(member);
        if (value.isNull()) {
            fields.put(member + ".zh", NullNode.getInstance());
            fields.put(member + ".en", NullNode.getInstance());
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
            fields.put(member + "." + language, string(value.get(language), member + "." + language));
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

    private static ProblemException malformed(String field, String detail) {
        return new ProblemException(400, "malformed-body", "Malformed request body", detail,
                field == null ? null : List.of(new FieldError(field, detail)), null);
    }
}
