package org.yanhu.opendata.api.paging;

import org.yanhu.opendata.api.error.BadRequest;

/** A validated limit and cursor. */
public record PageRequest(int limit, Cursor cursor) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /**
     * Parses the raw query values. A limit above the maximum is refused, never clamped, so that a
     * client that asks for everything learns that it must page.
     */
    public static PageRequest parse(String limit, String cursor) {
        int parsed = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                parsed = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                throw new BadRequest("limit", "limit must be an integer between 1 and " + MAX_LIMIT
                        + ", got '" + limit + "'");
            }
            if (parsed < 1 || parsed > MAX_LIMIT) {
                throw new BadRequest("limit", "limit must be between 1 and " + MAX_LIMIT + ", got "
                        + parsed);
            }
        }
        return new PageRequest(parsed, cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor));
    }
}
