package org.yanhu.opendata.projects;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.vocabulary.ClosedVocabulary;

/**
 * The closed list of project statuses, as a filter takes it. The project_status table (migration V2)
 * holds the same codes with their OC4IDS codes and descriptions; a test keeps the two equal.
 */
@Schema(name = "ProjectStatus", description = "A project status code (see /api/v1/project-statuses)")
public enum ProjectStatusCode implements ClosedVocabulary {

    PLANNED("计划实施", "Planned"),
    UNDER_CONSTRUCTION("在建", "Under construction"),
    COMPLETED("已建成", "Completed"),
    OPERATIONAL("已投用", "In operation"),
    ONGOING("持续推进", "Ongoing");

    private final Label label;

    ProjectStatusCode(String zh, String en) {
        this.label = new Label(zh, en);
    }

    /** The constant's name in lower case: {@code under_construction}. */
    @Override
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Label label() {
        return label;
    }
}
