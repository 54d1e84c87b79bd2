package org.yanhu.opendata.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonDigestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDigestIsTheSha256OfTheJsonText() throws Exception {
        Map<String, Object> value = Map.of("reason", "两所公办幼儿园", "rows", List.of(1, 2));
        byte[] text = JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        assertEquals(expected, JsonDigest.sha256(JSON, value));
    }

    @Test
    void anotherValueHasAnotherDigest() {
        assertNotEquals(JsonDigest.sha256(JSON, List.of(1)), JsonDigest.sha256(JSON, List.of(2)));
        assertEquals(64, JsonDigest.sha256(JSON, "x").length());
    }
}
