package org.yanhu.opendata.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class TownsTest {

    @Test
    void aListOfTownsIsSplitAndKeyedSoThatEachIsFound() {
        assertEquals(List.of("西城", "龙居"), Towns.of("西城、 龙居"));
        assertEquals("、西城、龙居、", Towns.key("西城、龙居"));
        assertEquals("%、龙居、%", Towns.pattern("龙居"));
        assertEquals(List.of(), Towns.of(null));
        assertNull(Towns.key(null));
    }
}
