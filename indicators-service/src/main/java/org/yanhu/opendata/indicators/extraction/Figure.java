package org.yanhu.opendata.indicators.extraction;

import org.yanhu.opendata.api.quantity.Comparator;
import java.math.BigDecimal;

/**
 * A figure read from the text, before its context is known: the number [valueStart, valueEnd), the whole
 * figure with its qualifiers and unit [start, end), and the comparator its own words give.
 * {@code comparatorBefore} marks a comparator taken from a word before the number, which the next figures of
 * an enumeration share (分别超过30%、40%).
 */
record Figure(int start, int valueStart, int valueEnd, int end, BigDecimal value, String text, String unit,
              BigDecimal multiplier, String baseUnit, Comparator comparator, boolean comparatorBefore) {

    Figure withComparator(Comparator c) {
        return new Figure(start, valueStart, valueEnd, end, value, text, unit, multiplier, baseUnit, c, true);
    }
}
