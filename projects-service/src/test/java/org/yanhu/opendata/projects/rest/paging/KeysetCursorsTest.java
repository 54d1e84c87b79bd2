package org.yanhu.opendata.projects.rest.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.api.error.BadRequest;
import org.yanhu.opendata.api.paging.Cursor;
import org.yanhu.opendata.projects.service.ProjectHistoryQuery;
import org.yanhu.opendata.projects.service.ProjectSort;

/** The cursor codec: what it encodes decodes to the same key, and what it did not issue is refused. */
class KeysetCursorsTest {

    private static Cursor cursor(String token) {
        return Cursor.decode(token);
    }

    @Test
    void everyProjectOrderRoundTripsItsKey() {
        ProjectSort.Key byId = new ProjectSort.Key("guangran-pv-150mw-phase1", null, null);
        ProjectSort.Key byYear = new ProjectSort.Key("a-slug", (short) 2025, null);
        ProjectSort.Key byDate = new ProjectSort.Key("a-slug", null, LocalDate.parse("2025-12-29"));
        assertEquals(byId, KeysetCursors.projectAfter(cursor(KeysetCursors.ofProject(ProjectSort.ID, byId)),
                ProjectSort.ID));
        assertEquals(byYear, KeysetCursors.projectAfter(cursor(KeysetCursors.ofProject(ProjectSort.YEAR, byYear)),
                ProjectSort.YEAR));
        assertEquals(byYear, KeysetCursors.projectAfter(
                cursor(KeysetCursors.ofProject(ProjectSort.YEAR_DESC, byYear)), ProjectSort.YEAR_DESC));
        assertEquals(byDate, KeysetCursors.projectAfter(
                cursor(KeysetCursors.ofProject(ProjectSort.UPDATED_DESC, byDate)), ProjectSort.UPDATED_DESC));
    }

    @Test
    void aCursorOfAnotherOrderIsRefusedNamingIt() {
        String byYear = KeysetCursors.ofProject(ProjectSort.YEAR, new ProjectSort.Key("a", (short) 2025, null));
        BadRequest refused = assertThrows(BadRequest.class,
                () -> KeysetCursors.projectAfter(cursor(byYear), ProjectSort.ID));
        assertEquals("cursor", refused.field());
        assertTrue(refused.getMessage().contains("sort=year"), refused.getMessage());
    }

    @Test
    void aForgedCursorIsRefused() {
        assertThrows(BadRequest.class, () -> KeysetCursors.projectAfter(cursor(Cursor.encode("year", "x", "a")),
                ProjectSort.YEAR));
        assertThrows(BadRequest.class, () -> KeysetCursors.projectAfter(cursor(Cursor.encode("id")),
                ProjectSort.ID));
        assertThrows(BadRequest.class, () -> KeysetCursors.historyAfter(cursor(Cursor.encode("not-a-date", 2))));
        assertThrows(BadRequest.class, () -> KeysetCursors.historyAfter(cursor(Cursor.encode(3))));
        assertThrows(BadRequest.class, () -> cursor("not base64 json"));
    }

    @Test
    void historyAndPledgeCursorsRoundTrip() {
        ProjectHistoryQuery.Key key = new ProjectHistoryQuery.Key(LocalDate.parse("2024-02-23"), 4);
        assertEquals(key, KeysetCursors.historyAfter(cursor(KeysetCursors.ofHistory(key))));
        assertEquals("2024-lp-12", KeysetCursors.pledgeAfter(cursor(KeysetCursors.ofPledge("2024-lp-12"))));
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertNull(KeysetCursors.projectAfter(null, ProjectSort.ID));
        assertNull(KeysetCursors.historyAfter(null));
        assertNull(KeysetCursors.pledgeAfter(null));
    }
}
