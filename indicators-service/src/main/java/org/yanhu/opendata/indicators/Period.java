package org.yanhu.opendata.indicators;

import org.yanhu.opendata.api.problem.ProblemException;

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

    /** Parses a query parameter, answering 400 for anything that is not a period. */
    public static Period parse(String field, String text) {
        Period period = tryParse(text);
        if (period == null) {
            throw ProblemException.badRequest(field, field + " must be a year (2023) or a span of years (2021-2025), got '"
                    + text + "'");
        }
        return period;
    }

    public static int year(String field, String text) {
        if (text == null || !text.matches("\\d{4}")) {
            throw ProblemException.badRequest(field, field + " must be a year such as 2023, got '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    @Override
    public String toString() {
        return start == end ? Integer.toString(start) : start + "-" + end;
    }
}
