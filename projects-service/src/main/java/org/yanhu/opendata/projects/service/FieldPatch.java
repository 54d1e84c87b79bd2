package org.yanhu.opendata.projects.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A correction as a merge patch states it, already read: the fields it names with their new values
 * ({@code name.en}, {@code town} ...; a JSON null removes a value), and why it is made.
 */
public record FieldPatch(Map<String, JsonNode> values, String reason) {

    public FieldPatch {
        values = Map.copyOf(values);
    }
}
