package org.yanhu.opendata.projects.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.projects.FieldChange;
import org.yanhu.opendata.projects.ProjectRelease;
import org.yanhu.opendata.projects.ReleaseKind;

/** The compile rule: the last release that sets a field wins, and the last status claim gives the status. */
class ProjectRecordCompilerTest {

    private final Map<ProjectRelease, List<FieldChange>> changes = new HashMap<>();

    private ProjectRelease release(ReleaseKind kind, String date, int sequence, FieldChange... fieldChanges) {
        ProjectRelease release = new ProjectRelease();
        release.kind = kind.code();
        release.releaseDate = LocalDate.parse(date);
        release.sequence = sequence;
        changes.put(release, List.of(fieldChanges));
        return release;
    }

    private static FieldChange set(String field, JsonNode to) {
        return new FieldChange(field, NullNode.getInstance(), to);
    }

    @Test
    void eachFieldTakesTheValueOfTheLastReleaseThatSetsIt() {
        List<ProjectRelease> history = List.of(
                release(ReleaseKind.REGISTRATION, "2024-02-23", 1, set("name.en", TextNode.valueOf("Old")),
                        set("year", IntNode.valueOf(2024))),
                release(ReleaseKind.STATUS, "2024-02-23", 2),
                release(ReleaseKind.CORRECTION, "2026-03-01", 3, set("name.en", TextNode.valueOf("New"))));
        ProjectRecordCompiler.Compiled compiled = ProjectRecordCompiler.fold(history, changes::get);
        assertEquals(TextNode.valueOf("New"), compiled.fields().get("name.en"));
        assertEquals(IntNode.valueOf(2024), compiled.fields().get("year"));
        assertEquals(LocalDate.parse("2026-03-01"), compiled.updatedOn());
        assertEquals(3, compiled.revision());
    }

    @Test
    void theStatusIsThatOfTheLastStatusClaimInOrderNotTheLastRecorded() {
        // In (date, sequence) order: an older document's claim, recorded later (sequence 4), comes first.
        ProjectRelease older = release(ReleaseKind.STATUS, "2024-02-23", 4);
        ProjectRelease newer = release(ReleaseKind.STATUS, "2025-12-29", 2);
        ProjectRelease correction = release(ReleaseKind.CORRECTION, "2026-01-05", 3);
        ProjectRecordCompiler.Compiled compiled = ProjectRecordCompiler.fold(List.of(older, newer, correction),
                changes::get);
        assertEquals(newer, compiled.status());
        assertEquals(4, compiled.revision(), "the revision counts every release");
        assertEquals(LocalDate.parse("2026-01-05"), compiled.updatedOn());
    }

    @Test
    void aHistoryWithoutAStatusClaimHasNoStatus() {
        ProjectRecordCompiler.Compiled compiled = ProjectRecordCompiler.fold(
                List.of(release(ReleaseKind.REGISTRATION, "2024-02-23", 1)), changes::get);
        assertNull(compiled.status());
    }
}
