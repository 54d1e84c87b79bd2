package org.yanhu.opendata.projects.service;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks that a citation really states the number it is cited for. */
public final class Quotes {

    /** Numbers the reports write in Chinese numerals: 两所公办幼儿园, 第一. */
    private static final Map<String, String> CHINESE_NUMERALS = Map.of(
            "1", "[一]", "2", "[二两]", "3", "[三]", "4", "[四]", "5", "[五]",
            "6", "[六]", "7", "[七]", "8", "[八]", "9", "[九]", "10", "[十]");

    private Quotes() {
    }

    public static boolean statesValue(String quote, BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        if (Pattern.compile("(?<![0-9.])" + Pattern.quote(plain) + "(?![0-9]|\\.[0-9])").matcher(quote).find()) {
            return true;
        }
        String chinese = CHINESE_NUMERALS.get(plain);
        return chinese != null && Pattern.compile(chinese).matcher(quote).find();
    }
}
