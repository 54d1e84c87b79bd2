package org.yanhu.opendata.projects.service;

import com.fasterxml.jackson.annotation.JsonValue;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.projects.ClosedVocabulary;

/** What projects are counted by, one bar chart each. */
public enum StatsDimension implements ClosedVocabulary {

    SECTOR_GROUP("sector_group", "行业大类", "sector group"),
    SECTOR("sector", "行业", "sector"),
    STATUS("status", "状态", "status"),
    YEAR("year", "年份", "year");

    private final String code;
    private final Label label;

    StatsDimension(String code, String zh, String en) {
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
