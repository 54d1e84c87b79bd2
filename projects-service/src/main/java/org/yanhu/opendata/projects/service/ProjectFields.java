package org.yanhu.opendata.projects.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yanhu.opendata.projects.FieldChange;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.importer.ProjectEntry;

/**
 * The fields a registration sets and a correction may change, as JSON values by name: the common form in
 * which an entry, the current record and a release's changes are compared.
 */
public final class ProjectFields {

    /** In display order. */
    public static final List<String> NAMES = List.of("name.zh", "name.en", "description.zh", "description.en",
            "sector", "town", "year");

    private ProjectFields() {
    }

    /** The fields an entry states. */
    public static Map<String, JsonNode> of(ProjectEntry entry) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("name.zh", text(entry.name().zh()));
        fields.put("name.en", text(entry.name().en()));
        fields.put("description.zh", text(entry.description() == null ? null : entry.description().zh()));
        fields.put("description.en", text(entry.description() == null ? null : entry.description().en()));
        fields.put("sector", text(entry.sector()));
        fields.put("town", text(entry.town()));
        fields.put("year", IntNode.valueOf(entry.year()));
        return fields;
    }

    /** The fields of the current record. */
    public static Map<String, JsonNode> of(Project project) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("name.zh", text(project.nameZh));
        fields.put("name.en", text(project.nameEn));
        fields.put("description.zh", text(project.descriptionZh));
        fields.put("description.en", text(project.descriptionEn));
        fields.put("sector", text(project.sector.code));
        fields.put("town", text(project.town));
        fields.put("year", IntNode.valueOf(project.year));
        return fields;
    }

    /** What changes from one set of values to the other, field by field in display order. */
    public static List<FieldChange> diff(Map<String, JsonNode> from, Map<String, JsonNode> to) {
        List<FieldChange> changes = new ArrayList<>();
        for (String field : NAMES) {
            if (!Objects.equals(from.get(field), to.get(field))) {
                changes.add(new FieldChange(field, from.get(field), to.get(field)));
            }
        }
        return changes;
    }

    /** The changes a registration records: every field it sets, from nothing. */
    public static List<FieldChange> registered(Map<String, JsonNode> fields) {
        return NAMES.stream().filter(f -> !fields.get(f).isNull())
                .map(f -> new FieldChange(f, NullNode.getInstance(), fields.get(f))).toList();
    }

    /** Blank text is no value. */
    static JsonNode text(String value) {
        return value == null || value.isBlank() ? NullNode.getInstance() : TextNode.valueOf(value);
    }

    static String string(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
