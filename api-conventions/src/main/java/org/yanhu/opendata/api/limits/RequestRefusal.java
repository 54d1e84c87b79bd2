package org.yanhu.opendata.api.limits;

/** Why a request is answered before any resource sees it: the problem's status, type, title and detail. */
public record RequestRefusal(int status, String slug, String title, String detail, String field) {

    static RequestRefusal uriTooLong(int length, int limit) {
        return new RequestRefusal(414, "uri-too-long", "URI too long", "The request target has " + length
                + " characters; at most " + limit + " are accepted. Send fewer or shorter query parameters", null);
    }

    static RequestRefusal headersTooLarge(long bytes, long limit) {
        return new RequestRefusal(431, "headers-too-large", "Request header fields too large",
                "The header fields take " + bytes + " bytes; at most " + limit + " are accepted", null);
    }

    static RequestRefusal bodyTooLarge(long limit) {
        return new RequestRefusal(413, "body-too-large", "Request body too large", tooLarge(limit), null);
    }

    /** The detail of a 413, also for a body found too large as it streams. */
    public static String tooLarge(long limit) {
        return "The request body is larger than " + limit + " bytes, the most this API accepts; split the batch";
    }

    static RequestRefusal badEncoding(String field, String where) {
        String detail = (field == null ? "The " + where : "Query parameter '" + field + "'")
                + " has invalid percent-encoding: every '%' must be followed by two hexadecimal digits"
                + " of a UTF-8 byte sequence (a literal '%' is %25)";
        return new RequestRefusal(400, "invalid-parameter", "Invalid parameter", detail, field);
    }

    static RequestRefusal notAUri() {
        return new RequestRefusal(400, "invalid-parameter", "Invalid parameter", "The request target is not a "
                + "valid URI: spaces, quotes and characters such as | { } ^ [ ] must be percent-encoded", null);
    }

    static RequestRefusal nulByte(String field, String where) {
        String detail = (field == null ? "The " + where : "Parameter '" + field + "'")
                + " contains a NUL character (%00), which no value of this API may contain";
        return new RequestRefusal(400, "invalid-parameter", "Invalid parameter", detail, field);
    }
}
