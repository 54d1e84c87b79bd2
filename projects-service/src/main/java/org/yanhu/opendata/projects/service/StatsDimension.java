package org.yanhu.opendata.projects.service;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.vocabulary.ClosedVocabulary;

/** What projects are counted by, one bar chart each. */
public enum StatsDimension implements ClosedVocabulary {

    SECTOR_GROUP("行业大类", "sector group"),
    SECTOR("行业", "sector"),
    STATUS("状态", "status"),
    YEAR("年份", "year");

    private final Label label;

    StatsDimension(String zh, String en) {
        this.label = new Label(zh, en);
    }

    /** The constant's name in lower case: {@code sector_group}. */
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
