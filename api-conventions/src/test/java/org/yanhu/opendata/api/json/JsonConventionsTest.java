package org.yanhu.opendata.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.api.problem.JsonBodyErrors;

class JsonConventionsTest {

    record Release(String status) {
    }

    record Entry(String id, List<Release> releases, List<String> tags) {
    }

    private final ObjectMapper mapper = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonConventions().customize(mapper);
        return mapper;
    }

    @Test
    void aNullInsideAListIsRefusedWithItsPath() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> mapper.readValue("{\"id\":\"x\",\"releases\":[{\"status\":\"planned\"},null]}", Entry.class));
        assertEquals("releases[1]", JsonBodyErrors.field(e));
        String detail = JsonBodyErrors.detail(e);
        assertTrue(detail.startsWith("Field 'releases[1]'"), detail);
        assertTrue(detail.contains("null"), detail);
    }

    @Test
    void aNullStringInAListIsRefusedToo() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> mapper.readValue("{\"id\":\"x\",\"tags\":[\"a\",null]}", Entry.class));
        assertEquals("tags[1]", JsonBodyErrors.field(e));
    }

    @Test
    void aMissingOrNullListIsStillAllowed() throws JsonProcessingException {
        assertEquals(null, mapper.readValue("{\"id\":\"x\",\"releases\":null}", Entry.class).releases());
        assertEquals(List.of(), mapper.readValue("{\"id\":\"x\",\"releases\":[]}", Entry.class).releases());
    }
}
