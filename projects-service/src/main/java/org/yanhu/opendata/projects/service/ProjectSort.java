package org.yanhu.opendata.projects.service;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.vocabulary.ClosedVocabulary;
import org.yanhu.opendata.projects.Project;

/**
 * The orders of a project list, named by the field they sort by, with a minus for descending. Each ends
 * on the slug, so it is total, and each is a keyset: a page continues after the {@link Key} of the
 * previous page's last row.
 */
public enum ProjectSort implements ClosedVocabulary {

    ID("id", false, "p.slug", new Label("按编号", "by id")),
    YEAR("year", false, "p.year, p.slug", new Label("按年份", "by year, oldest first")),
    YEAR_DESC("year", true, "p.year desc, p.slug", new Label("按年份倒序", "by year, newest first")),
    UPDATED_DESC("updated", true, "p.updatedOn desc, p.slug", new Label("按最近更新", "latest release first"));

    /** Where a row stands in an order: its slug, and the year or date the order sorts by first. */
    public record Key(String slug, Short year, LocalDate updatedOn) {
    }

    private final String field;
    private final boolean descending;
    private final String orderBy;
    private final Label label;

    ProjectSort(String field, boolean descending, String orderBy, Label label) {
        this.field = field;
        this.descending = descending;
        this.orderBy = orderBy;
        this.label = label;
    }

    /** {@code year}, or {@code -year} for the descending order. */
    @Override
    @JsonValue
    public String code() {
        return descending ? "-" + field : field;
    }

    @Override
    public Label label() {
        return label;
    }

    /** The HQL order of {@code p}. */
    public String orderBy() {
        return orderBy;
    }

    public Key keyOf(Project last) {
        return switch (this) {
            case ID -> new Key(last.slug, null, null);
            case YEAR, YEAR_DESC -> new Key(last.slug, last.year, null);
            case UPDATED_DESC -> new Key(last.slug, null, last.updatedOn);
        };
    }

    /** The HQL condition "after this key" in this order. */
    public String after(Key key, Parameters params) {
        params.and("afterSlug", key.slug());
        return switch (this) {
            case ID -> "p.slug > :afterSlug";
            case YEAR -> {
                params.and("afterYear", key.year());
                yield "(p.year > :afterYear or (p.year = :afterYear and p.slug > :afterSlug))";
            }
            case YEAR_DESC -> {
                params.and("afterYear", key.year());
                yield "(p.year < :afterYear or (p.year = :afterYear and p.slug > :afterSlug))";
            }
            case UPDATED_DESC -> {
                params.and("afterDate", key.updatedOn());
                yield "(p.updatedOn < :afterDate or (p.updatedOn = :afterDate and p.slug > :afterSlug))";
            }
        };
    }
}
