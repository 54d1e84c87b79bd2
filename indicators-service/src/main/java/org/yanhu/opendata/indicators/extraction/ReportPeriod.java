package org.yanhu.opendata.indicators.extraction;

/** A year ("2023") or a span of years ("2021-2025") that a figure belongs to. */
public record ReportPeriod(int start, int end) {

    public static ReportPeriod year(int year) {
        return new ReportPeriod(year, year);
    }

    public boolean isSpan() {
        return start != end;
    }

    public ReportPeriod lastYear() {
        return year(end);
    }

    @Override
    public String toString() {
        return isSpan() ? start + "-" + end : Integer.toString(start);
    }
}
