package org.yanhu.opendata.indicators.extraction;

import java.math.BigDecimal;

/** A number as written: [start, end) in code points, its value, and whether it is in Chinese numerals. */
record NumberToken(int start, int end, BigDecimal value, boolean chinese) {
}
