package org.yanhu.opendata.indicators;

import org.yanhu.opendata.api.error.BadRequest;

/** A reporting period: a year ("2023") or a span of years ("2021-2025"). */
public record Period(int start, int end) {

    public static Period tryParse(String text) {
        if (text == null || !text.matches("\\d{4}(-\\d{4})?")) {
            return null;
        }
        int start = Integer.parseInt(text.substring(0, 4));
        int end = text.length() == 4 ? start : Integer.parseInt(text.substring(5));
        return start <= end ? new Period(start, end) : null;
    }

    /** Parses a period a caller gave; anything that is not one is a bad request naming the field. */
    public static Period parse(String field, String text) {
        Period period = tryParse(text);
        if (period == null) {
            throw new BadRequest(field, field + " must be a year (2023) or a span of years (2021-2025), got '"
                    + text + "'");
        }
        return period;
    }

    @Override
    public String toString() {
        return start == end ? Integer.toString(start) : start + "-" + end;
    }
}
