package org.yanhu.opendata.api.quantity;

import java.math.BigDecimal;

/** Numbers as the API writes them: no trailing zeros and never an exponent (150, not 1.5E+2 or 150.00). */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The plain text of a number: {@code 40000000000}, {@code 29.8}. */
    public static String text(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
