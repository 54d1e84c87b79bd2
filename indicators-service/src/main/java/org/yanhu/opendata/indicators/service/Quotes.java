package org.yanhu.opendata.indicators.service;

import java.math.BigDecimal;
import java.util.Map;

/** Checks that a citation really states the figure it is cited for. */
public final class Quotes {

    /** Figures the reports write in Chinese numerals: 排名全市第一, 两所公办幼儿园. */
    private static final Map<String, String> CHINESE_NUMERALS = Map.of(
            "1", "一", "2", "二两", "3", "三", "4", "四", "5", "五",
            "6", "六", "7", "七", "8", "八", "9", "九", "10", "十");

    private Quotes() {
    }

    /** True when the quote contains the value as a whole number (not inside a longer one), or in Chinese numerals. */
    public static boolean statesValue(String quote, BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        for (int at = quote.indexOf(plain); at >= 0; at = quote.indexOf(plain, at + 1)) {
            int end = at + plain.length();
            boolean startsClean = at == 0 || !isNumberChar(quote.charAt(at - 1));
            boolean endsClean = end == quote.length() || !Character.isDigit(quote.charAt(end));
            if (startsClean && endsClean) {
                return true;
            }
        }
        String chinese = CHINESE_NUMERALS.get(plain);
        if (chinese != null) {
            for (char c : chinese.toCharArray()) {
                if (quote.indexOf(c) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isNumberChar(char c) {
        return Character.isDigit(c) || c == '.';
    }
}
