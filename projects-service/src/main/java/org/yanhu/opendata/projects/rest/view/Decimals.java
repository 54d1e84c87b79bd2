package org.yanhu.opendata.projects.rest.view;

import java.math.BigDecimal;

/** Numbers as the API writes them: no trailing zeros and never an exponent (150, not 1.5E+2), in any nesting. */
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
}
