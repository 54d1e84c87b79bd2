package org.yanhu.opendata.api.caching;

import java.util.Arrays;

/**
 * The one reading of If-None-Match and If-Match (RFC 9110 section 13.1): a list of entity tags or
 * {@code *}. If-None-Match compares weakly ({@code W/"a"} matches {@code "a"}), If-Match strongly (a weak
 * tag never matches).
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** Whether If-None-Match names this ETag, so that a GET is answered 304. */
    public static boolean noneMatchHits(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .anyMatch(tag -> tag.equals("*") || opaque(tag).equals(opaque(etag)));
    }

    /** Whether If-Match names this ETag, so that a write may go ahead. */
    public static boolean matchHits(String ifMatch, String etag) {
        if (ifMatch == null || etag == null || isWeak(etag)) {
            return false;
        }
        return Arrays.stream(ifMatch.split(",")).map(String::trim)
                .anyMatch(tag -> tag.equals("*") || (!isWeak(tag) && tag.equals(etag)));
    }

    /** Whether the header is absent or blank. */
    public static boolean isAbsent(String header) {
        return header == null || header.isBlank();
    }

    private static boolean isWeak(String tag) {
        return tag.startsWith("W/");
    }

    private static String opaque(String tag) {
        return isWeak(tag) ? tag.substring(2) : tag;
    }
}
