package org.yanhu.opendata.projects.service;

import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.yanhu.opendata.api.paging.Cursor;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.projects.Project;

/**
 * The orders of GET /api/v1/projects. Each ends on the slug, so it is total, and each is the keyset
 * of its cursor: the cursor holds the sort name and the last row's key.
 */
public enum ProjectSort {

    ID("id", "p.slug"),
    YEAR("year", "p.year, p.slug"),
    YEAR_DESC("-year", "p.year desc, p.slug"),
    UPDATED_DESC("-updated", "p.updatedOn desc, p.slug");

    public static final String ALLOWED = "id, year, -year, -updated";

    private final String code;
    private final String orderBy;

    ProjectSort(String code, String orderBy) {
        this.code = code;
        this.orderBy = orderBy;
    }

    public String code() {
        return code;
    }

    public String orderBy() {
        return orderBy;
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(ProjectSort::code).toList();
    }

    public static ProjectSort parse(String value) {
        if (value == null || value.isBlank()) {
            return ID;
        }
        return Arrays.stream(values()).filter(s -> s.code.equals(value.trim())).findFirst()
                .orElseThrow(() -> ProblemException.unknownCode("sort", value, codes()));
    }

    /** The condition "after the cursor's row" in this order. */
    public String after(Cursor cursor, Parameters params) {
        if (cursor.key() == null || cursor.key().size() < 2) {
            throw ProblemException.badRequest("cursor", "cursor is not one this API issued; use page.next as given");
        }
        if (!code.equals(cursor.get(0))) {
            throw ProblemException.badRequest("cursor", "this cursor belongs to sort=" + cursor.get(0)
                    + "; keep the sort of the page that gave it");
        }
        String slug = cursor.get(cursor.key().size() - 1);
        params.and("afterSlug", slug);
        return switch (this) {
            case ID -> "p.slug > :afterSlug";
            case YEAR -> {
                params.and("afterYear", (short) cursor.getLong(1));
                yield "(p.year > :afterYear or (p.year = :afterYear and p.slug > :afterSlug))";
            }
            case YEAR_DESC -> {
                params.and("afterYear", (short) cursor.getLong(1));
                yield "(p.year < :afterYear or (p.year = :afterYear and p.slug > :afterSlug))";
            }
            case UPDATED_DESC -> {
                params.and("afterDate", date(cursor.get(1)));
                yield "(p.updatedOn < :afterDate or (p.updatedOn = :afterDate and p.slug > :afterSlug))";
            }
        };
    }

    public String cursorAfter(Project last) {
        return switch (this) {
            case ID -> Cursor.encode(code, last.slug);
            case YEAR, YEAR_DESC -> Cursor.encode(code, last.year, last.slug);
            case UPDATED_DESC -> Cursor.encode(code, last.updatedOn, last.slug);
        };
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("cursor", "cursor is not one this API issued; use page.next as given");
        }
    }
}
