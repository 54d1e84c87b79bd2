package org.yanhu.opendata.projects;

import com.fasterxml.jackson.annotation.JsonValue;
import org.yanhu.opendata.api.i18n.Label;

/**
 * The closed list of project statuses, as a filter takes it. The project_status table (migration V2)
 * holds the same codes with their OC4IDS codes and descriptions; a test keeps the two equal.
 */
public enum ProjectStatusCode implements ClosedVocabulary {

    PLANNED("planned", "计划实施", "Planned"),
    UNDER_CONSTRUCTION("under_construction", "在建", "Under construction"),
    COMPLETED("completed", "已建成", "Completed"),
    OPERATIONAL("operational", "已投用", "In operation"),
    ONGOING("ongoing", "持续推进", "Ongoing");

    private final String code;
    private final Label label;

    ProjectStatusCode(String code, String zh, String en) {
        this.code = code;
        this.label = new Label(zh, en);
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public Label label() {
        return label;
    }
}
