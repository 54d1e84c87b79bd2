package org.yanhu.opendata.projects.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.api.error.MalformedBody;
import org.yanhu.opendata.projects.service.FieldPatch;

/** Reading a merge patch: its shape is checked here, its values by the service. */
class MergePatchReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static FieldPatch read(String json) throws Exception {
        return MergePatchReader.read(JSON.readTree(json));
    }

    @Test
    void namedFieldsBecomeValuesAndNullRemovesOne() throws Exception {
        FieldPatch patch = read("""
                {"name":{"en":" Phase I "},"description":null,"town":"","year":2024,"reason":"typo"}""");
        assertEquals(Map.of("name.en", TextNode.valueOf("Phase I"), "description.zh", NullNode.getInstance(),
                "description.en", NullNode.getInstance(), "town", NullNode.getInstance(),
                "year", IntNode.valueOf(2024)), patch.values());
        assertEquals("typo", patch.reason());
    }

    @Test
    void aMemberThatCannotBeCorrectedIsMalformedNamingIt() {
        MalformedBody refused = assertThrows(MalformedBody.class, () -> read("{\"status\":\"completed\"}"));
        assertTrue(refused.getMessage().contains("cannot be corrected"));
        assertEquals("status", refused.errors().get(0).field());
    }

    @Test
    void wrongJsonTypesAreMalformed() {
        assertThrows(MalformedBody.class, () -> read("{\"year\":\"2025\"}"));
        assertThrows(MalformedBody.class, () -> read("{\"name\":\"text\"}"));
        assertThrows(MalformedBody.class, () -> read("{\"name\":{\"fr\":\"Projet\"}}"));
        assertThrows(MalformedBody.class, () -> read("{\"sector\":7}"));
        assertThrows(MalformedBody.class, () -> read("[1]"));
        assertThrows(MalformedBody.class, () -> MergePatchReader.read(null));
    }
}
