package org.yanhu.opendata.projects.rest.paging;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.yanhu.opendata.api.error.BadRequest;
import org.yanhu.opendata.api.paging.Cursor;
import org.yanhu.opendata.projects.service.ProjectHistoryQuery;
import org.yanhu.opendata.projects.service.ProjectSort;

/**
 * The cursor of each list, to and from the keyset the services page by. A cursor the API did not issue,
 * or one issued for another order, is a 400. A null cursor (none sent) is the first page.
 */
public final class KeysetCursors {

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

    public static ProjectSort.Key projectAfter(Cursor cursor, ProjectSort sort) {
        if (cursor == null) {
            return null;
        }
        if (cursor.key() == null || cursor.key().size() < 2) {
            throw Cursor.invalid();
        }
        if (!sort.code().equals(cursor.get(0))) {
            throw new BadRequest("cursor", "this cursor belongs to sort=" + cursor.get(0)
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

    public static ProjectHistoryQuery.Key historyAfter(Cursor cursor) {
        if (cursor == null) {
            return null;
        }
        if (cursor.key() == null || cursor.key().size() != 2) {
            throw Cursor.invalid();
        }
        return new ProjectHistoryQuery.Key(date(cursor.get(0)), (int) cursor.getLong(1));
    }

    /** A pledge list's cursor: the id of the page's last pledge. */
    public static String ofPledge(String slug) {
        return Cursor.encode(slug);
    }

    public static String pledgeAfter(Cursor cursor) {
        return cursor == null ? null : cursor.get(0);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw Cursor.invalid();
        }
    }
}
