package org.yanhu.opendata.api.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.api.vocabulary.ClosedVocabulary;

class ComparatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theJsonValueOfAComparatorIsItsCode() throws JsonProcessingException {
        assertEquals("\"gt\"", JSON.writeValueAsString(Comparator.GT));
        assertEquals(Comparator.GTE, JSON.readValue("\"gte\"", Comparator.class));
        assertThrows(JsonProcessingException.class, () -> JSON.readValue("\"GTE\"", Comparator.class));
    }

    @Test
    void theCodesAreListedInTheirOrder() {
        assertEquals(List.of("eq", "gt", "gte", "lt", "lte", "approx"), ClosedVocabulary.codes(Comparator.class));
        assertEquals("more than", Comparator.GT.label().en());
    }
}
