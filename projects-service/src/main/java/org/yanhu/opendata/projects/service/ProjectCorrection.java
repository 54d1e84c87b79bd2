package org.yanhu.opendata.projects.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yanhu.opendata.api.error.FieldError;
import org.yanhu.opendata.api.error.Invalid;

/**
 * A patch applied to a project's current fields, and the rules the result must meet: the required fields
 * stay, the year is in range, a sector is a known sector, no text is too long, and there is a reason.
 */
public final class ProjectCorrection {

    private static final Set<String> REQUIRED = Set.of("name.zh", "name.en", "sector", "year");
    private static final int MAX_TEXT = 2000;

    private ProjectCorrection() {
    }

    /** The fields after the patch, or {@link Invalid} listing every value that is not acceptable. */
    public static Map<String, JsonNode> apply(FieldPatch patch, Map<String, JsonNode> current, EntryRules rules) {
        Map<String, JsonNode> fields = new LinkedHashMap<>(current);
        fields.putAll(patch.values());
        List<FieldError> errors = new ArrayList<>();
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
        JsonNode sector = patch.values().get("sector");
        if (sector != null && sector.isTextual()) {
            rules.checkSector(sector.asText(), "sector", errors);
        }
        fields.forEach((field, value) -> {
            if (value.isTextual() && value.asText().length() > MAX_TEXT) {
                errors.add(new FieldError(field, "must be at most " + MAX_TEXT + " characters"));
            }
        });
        if (patch.reason() == null || patch.reason().isBlank()) {
            errors.add(new FieldError("reason", "say why the correction is made; it is kept with the release"));
        }
        if (!errors.isEmpty()) {
            throw Invalid.fields(errors, "nothing was written");
        }
        return fields;
    }
}
