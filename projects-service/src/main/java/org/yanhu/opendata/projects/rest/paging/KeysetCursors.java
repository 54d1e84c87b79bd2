package org.yanhu.opendata.projects.rest.paging;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.yanhu.opendata.api.paging.Cursor;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.projects.service.ProjectHistoryQuery;
import org.yanhu.opendata.projects.service.ProjectSort;

/**
 * The opaque {@code cursor} of each list, to and from the keyset the services page by. A token the API
 * did not issue, or one issued for another order, is a 400.
 */
public final class KeysetCursors {

    static final String NOT_ISSUED = "cursor is not one this API issued; use page.next as given";

    private KeysetCursors() {
    }

    /** A project list's cursor: the sort's code, then the key it sorts by (the year or date), then the slug. */
    public static String ofProject(ProjectSort sort, ProjectSort.Key key) {
        return switch (sort) {
            case ID -> Cursor.encode(sort.code(), key.slug());
            case YEAR, YEAR_DESC -> Cursor.encode(sort.code(), key.year(), key.slug());
            case UPDATED_DESC -> Cursor.encode(sort.code(), key.updatedOn(), key.slug());
        };
    }

    /** The key of a project list's cursor; null for no cursor (the first page). */
    public static ProjectSort.Key projectAfter(String token, ProjectSort sort) {
        Cursor cursor = decode(token);
        if (cursor == null) {
            return null;
        }
        if (cursor.key() == null || cursor.key().size() < 2) {
            throw notIssued();
        }
        if (!sort.code().equals(cursor.get(0))) {
            throw ProblemException.badRequest("cursor", "this cursor belongs to sort=" + cursor.get(0)
                    + "; keep the sort of the page that gave it");
        }
        String slug = cursor.get(cursor.key().size() - 1);
        return switch (sort) {
            case ID -> new ProjectSort.Key(slug, null, null);
            case YEAR, YEAR_DESC -> new ProjectSort.Key(slug, (short) cursor.getLong(1), null);
            case UPDATED_DESC -> new ProjectSort.Key(slug, null, date(cursor.get(1)));
        };
    }

    /** A history cursor: the date and sequence of the page's last release. */
    public static String ofHistory(ProjectHistoryQuery.Key key) {
        return Cursor.encode(key.date(), key.sequence());
    }

    /** The key of a history cursor; null for no cursor. */
    public static ProjectHistoryQuery.Key historyAfter(String token) {
        Cursor cursor = decode(token);
        if (cursor == null) {
            return null;
        }
        if (cursor.key() == null || cursor.key().size() != 2) {
            throw notIssued();
        }
        return new ProjectHistoryQuery.Key(date(cursor.get(0)), (int) cursor.getLong(1));
    }

    /** A pledge list's cursor: the id of the page's last pledge. */
    public static String ofPledge(String slug) {
        return Cursor.encode(slug);
    }

    /** The pledge id a pledge list's cursor continues after; null for no cursor. */
    public static String pledgeAfter(String token) {
        Cursor cursor = decode(token);
        return cursor == null ? null : cursor.get(0);
    }

    private static Cursor decode(String token) {
        return token == null || token.isBlank() ? null : Cursor.decode(token);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw notIssued();
        }
    }

    private static ProblemException notIssued() {
        return ProblemException.badRequest("cursor", NOT_ISSUED);
    }
}
