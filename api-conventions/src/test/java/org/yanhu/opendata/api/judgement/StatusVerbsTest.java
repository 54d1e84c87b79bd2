package org.yanhu.opendata.api.judgement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatusVerbsTest {

    private static String status(String verb) {
        return StatusVerbs.derive(StatusVerbs.verb(verb).orElseThrow(), false).status();
    }

    @Test
    void everyVerbMapsToOneOfTheFiveStatusesAndItsExampleContainsIt() {
        assertTrue(StatusVerbs.all().size() > 50);
        for (StatusVerbs.StatusVerb v : StatusVerbs.all()) {
            assertTrue(StatusVerbs.STATUSES.contains(v.status()), v.verb());
            assertTrue(v.appearsIn(v.example()), v.verb() + " in " + v.example());
        }
    }

    @Test
    void theWordsTheIssueWarnsAbout() {
        assertNotEquals("operational", status("设立"));
        assertNotEquals("completed", status("主体完工"));
        assertNotEquals("under_construction", status("征迁…完成"));
        assertNotEquals("completed", status("实施"));
        assertNotEquals("operational", status("着力打造"));
        assertEquals("operational", status("投产达效"));
        assertEquals("completed", status("建成"));
        assertEquals("under_construction", status("开工建设"));
    }

    @Test
    void aPlanTurnsVerbsOfDoingIntoPlannedAndKeepsPresupposedOnesAsInferences() {
        StatusVerbs.Derived built = StatusVerbs.derive(StatusVerbs.verb("新建").orElseThrow(), true);
        assertEquals(new StatusVerbs.Derived("planned", Evidence.STATED), built);
        StatusVerbs.Derived deepened = StatusVerbs.derive(StatusVerbs.verb("深化").orElseThrow(), true);
        assertEquals(new StatusVerbs.Derived("ongoing", Evidence.INFERRED), deepened);
    }

    @Test
    void aVerbWithAGapMatchesItsPartsInOrder() {
        StatusVerbs.StatusVerb role = StatusVerbs.verb("发挥…作用").orElseThrow();
        assertTrue(role.appearsIn("充分发挥12345政务服务便民热线、矛盾调解中心等作用"));
        assertTrue(!role.appearsIn("作用发挥"));
    }
}
