package org.yanhu.opendata.projects.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yanhu.opendata.projects.FieldChange;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.importer.ProjectEntry;
import org.yanhu.opendata.projects.importer.WithdrawalEntry;

/**
 * The fields a registration sets and a correction may change, as JSON values by name: the common form in
 * which an entry, the current record and a release's changes are compared.
 */
public final class ProjectFields {

    /** In display order. */
    public static final List<String> NAMES = List.of("name.zh", "name.en", "description.zh", "description.en",
            "sector", "town", "year");

    /** The fields a withdrawal release sets, named as the record's {@code withdrawal} object shows them. */
    public static final List<String> WITHDRAWAL = List.of("withdrawal.withdrawn_at", "withdrawal.reason.zh",
            "withdrawal.reason.en", "withdrawal.replaced_by", "withdrawal.merged_into");

    private ProjectFields() {
    }

    /** What a withdrawal changes on the record, field by field. */
    public static List<FieldChange> withdrawal(Project project, WithdrawalEntry w) {
        Map<String, JsonNode> from = withdrawalOf(project.withdrawnOn, project.withdrawalReasonZh,
                project.withdrawalReasonEn, project.replacedBy, project.mergedInto);
        Map<String, JsonNode> to = withdrawalOf(w.withdrawnOn(), w.reason().zh(), w.reason().en(), w.replacedBy(),
                w.mergedInto());
        return diff(WITHDRAWAL, from, to);
    }

    private static Map<String, JsonNode> withdrawalOf(LocalDate on, String zh, String en, String replacedBy,
            String mergedInto) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("withdrawal.withdrawn_at", text(on == null ? null : on.toString()));
        fields.put("withdrawal.reason.zh", text(zh));
        fields.put("withdrawal.reason.en", text(en));
        fields.put("withdrawal.replaced_by", text(replacedBy));
        fields.put("withdrawal.merged_into", text(mergedInto));
        return fields;
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
        return diff(NAMES, from, to);
    }

    private static List<FieldChange> diff(List<String> names, Map<String, JsonNode> from, Map<String, JsonNode> to) {
        List<FieldChange> changes = new ArrayList<>();
        for (String field : names) {
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
