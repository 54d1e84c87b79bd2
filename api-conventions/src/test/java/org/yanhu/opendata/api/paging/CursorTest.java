package org.yanhu.opendata.api.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanhu.opendata.api.error.BadRequest;

class CursorTest {

    @Test
    void aCursorReadsBackItsKey() {
        Cursor cursor = Cursor.decode(Cursor.encode("GDP", 2025, null));
        assertEquals("GDP", cursor.get(0));
        assertEquals(2025, cursor.getLong(1));
        assertEquals(null, cursor.get(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "[]", "{}", "\"x\"", "[1", "42"})
    void jsonThatIsNoKeyIsAnInvalidCursorNotAnError(String json) {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        assertThrows(BadRequest.class, () -> Cursor.decode(token).get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "%%%", ""})
    void tokensThatAreNotBase64AreInvalid(String token) {
        assertThrows(BadRequest.class, () -> Cursor.decode(token));
    }

    @Test
    void aKeyShorterThanTheSortIsInvalid() {
        Cursor cursor = Cursor.decode(Cursor.encode("GDP"));
        assertThrows(BadRequest.class, () -> cursor.get(1));
        assertThrows(BadRequest.class, () -> Cursor.decode(Cursor.encode("GDP")).getLong(0));
    }
}
