package org.yanhu.opendata.api.caching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void ifNoneMatchComparesWeakly() {
        assertTrue(EntityTags.noneMatchHits("W/\"7-abc\"", "W/\"7-abc\""));
        assertTrue(EntityTags.noneMatchHits("\"7-abc\"", "W/\"7-abc\""));
        assertTrue(EntityTags.noneMatchHits("\"x\", W/\"7-abc\"", "W/\"7-abc\""));
        assertTrue(EntityTags.noneMatchHits("*", "W/\"7-abc\""));
        assertFalse(EntityTags.noneMatchHits("W/\"6-abc\"", "W/\"7-abc\""));
        assertFalse(EntityTags.noneMatchHits(null, "W/\"7-abc\""));
    }

    @Test
    void ifMatchComparesStrongly() {
        assertTrue(EntityTags.matchHits("\"r3-abc\"", "\"r3-abc\""));
        assertTrue(EntityTags.matchHits("\"old\", \"r3-abc\"", "\"r3-abc\""));
        assertTrue(EntityTags.matchHits("*", "\"r3-abc\""));
        assertFalse(EntityTags.matchHits("W/\"r3-abc\"", "\"r3-abc\""));
        assertFalse(EntityTags.matchHits("\"r2-abc\"", "\"r3-abc\""));
    }
}
