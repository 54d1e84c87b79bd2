package org.yanhu.opendata.projects.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.projects.FieldChange;
import org.yanhu.opendata.projects.importer.LocalizedText;
import org.yanhu.opendata.projects.importer.ProjectEntry;

class ProjectFieldsTest {

    private static ProjectEntry entry(String en, String town) {
        return new ProjectEntry("a-project", new LocalizedText("项目", en), null, "energy.solar", town, 2025,
                List.of(), List.of(), null);
    }

    @Test
    void aRegistrationSetsEveryFieldTheEntryStatesAndSkipsBlankOnes() {
        List<FieldChange> registered = ProjectFields.registered(ProjectFields.of(entry("A project", " ")));
        assertEquals(List.of("name.zh", "name.en", "sector", "year"), registered.stream().map(FieldChange::field)
                .toList());
        assertEquals(NullNode.getInstance(), registered.get(0).from());
        assertEquals(IntNode.valueOf(2025), registered.get(3).to());
    }

    @Test
    void theDiffListsChangedFieldsInDisplayOrder() {
        var before = ProjectFields.of(entry("Old name", null));
        var after = ProjectFields.of(entry("New name", "解州"));
        assertEquals(List.of(new FieldChange("name.en", TextNode.valueOf("Old name"), TextNode.valueOf("New name")),
                new FieldChange("town", NullNode.getInstance(), TextNode.valueOf("解州"))),
                ProjectFields.diff(before, after));
        assertEquals(List.of(), ProjectFields.diff(before, Map.copyOf(before)));
    }
}
