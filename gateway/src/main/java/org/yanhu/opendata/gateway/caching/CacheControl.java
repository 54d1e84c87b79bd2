package org.yanhu.opendata.gateway.caching;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The directives of Cache-Control header fields (RFC 9111 section 5.2): names lower-cased, quoted values
 * unquoted, several fields read as one list.
 */
record CacheControl(Map<String, String> directives) {

    static final CacheControl NONE = new CacheControl(Map.of());

    static CacheControl of(List<String> fields) {
        if (fields == null || fields.isEmpty()) {
            return NONE;
        }
        Map<String, String> directives = new HashMap<>();
        for (String field : fields) {
            parse(field, directives);
        }
        return new CacheControl(directives);
    }

    private static void parse(String field, Map<String, String> into) {
        int i = 0;
        int n = field.length();
        while (i < n) {
            int start = i;
            while (i < n && field.charAt(i) != ',' && field.charAt(i) != '=') {
                i++;
            }
            String name = field.substring(start, i).trim().toLowerCase(Locale.ROOT);
            String value = "";
            if (i < n && field.charAt(i) == '=') {
                i++;
                while (i < n && field.charAt(i) == ' ') {
                    i++;
                }
                if (i < n && field.charAt(i) == '"') {
                    int close = field.indexOf('"', i + 1);
                    close = close < 0 ? n : close;
                    value = field.substring(i + 1, close);
                    i = close + 1;
                    while (i < n && field.charAt(i) != ',') {
                        i++;
                    }
                } else {
                    int valueStart = i;
                    while (i < n && field.charAt(i) != ',') {
                        i++;
                    }
                    value = field.substring(valueStart, i).trim();
                }
            }
            if (!name.isEmpty()) {
                into.putIfAbsent(name, value);
            }
            i++;
        }
    }

    boolean has(String directive) {
        return directives.containsKey(directive);
    }

    /** A delta-seconds directive (max-age, s-maxage); absent or malformed is empty. */
    OptionalLong seconds(String directive) {
        String value = directives.get(directive);
        if (value == null || value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException malformed) {
            return OptionalLong.empty();
        }
    }
}
