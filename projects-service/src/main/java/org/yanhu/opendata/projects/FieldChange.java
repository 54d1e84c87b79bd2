package org.yanhu.opendata.projects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One field a registration set or a correction changed, as a release stores it: the field's name
 * ({@code name.en}, {@code sector} ...) and its JSON value before and after (text, a number or null).
 */
public record FieldChange(String field, JsonNode from, JsonNode to) {
}
