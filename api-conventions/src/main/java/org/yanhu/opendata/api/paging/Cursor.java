package org.yanhu.opendata.api.paging;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.List;
import org.yanhu.opendata.api.error.BadRequest;

/**
 * An opaque keyset cursor: the sort key of the last row of a page, base64url-encoded. Keyset
 * paging costs the same at page 10,000 as at page 1.
 */
public record Cursor(List<String> key) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static String encode(Object... key) {
        try {
            List<String> values = java.util.Arrays.stream(key).map(v -> v == null ? null : v.toString()).toList();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(values));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Cursor decode(String token) {
        try {
            List<String> values = JSON.readValue(Base64.getUrlDecoder().decode(token), new TypeReference<>() {
            });
            if (values == null || values.isEmpty()) {
                // "null" and "[]" are valid JSON but no cursor this API issues
                throw invalid();
            }
            return new Cursor(values);
        } catch (Exception e) {
            throw invalid();
        }
    }

    public String get(int index) {
        if (index >= key.size()) {
            throw invalid();
        }
        return key.get(index);
    }

    public long getLong(int index) {
        try {
            return Long.parseLong(get(index));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    /** The answer to a cursor this API did not issue. */
    public static BadRequest invalid() {
        return new BadRequest("cursor", "cursor is not one this API issued; use page.next as given");
    }
}
