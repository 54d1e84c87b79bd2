package org.yanhu.opendata.api.judgement;

import java.math.BigDecimal;
import java.util.Optional;
import org.yanhu.opendata.api.quantity.Approximation;
import org.yanhu.opendata.api.quantity.Decimals;
import org.yanhu.opendata.api.quantity.Qualifier;
import org.yanhu.opendata.api.quantity.QualifierWords;

/** The qualifier word that a quote puts on one of its numbers: 近 in 近641万人次, 余 in 1万余人. */
public final class QuotedQualifier {

    private QuotedQualifier() {
    }

    /** The qualifier of the first stand-alone occurrence of {@code value} in the quote, if any. */
    public static Optional<Qualifier> of(String quote, BigDecimal value) {
        String number = Decimals.text(value);
        for (int at = quote.indexOf(number); at >= 0; at = quote.indexOf(number, at + 1)) {
            int end = at + number.length();
            boolean standsAlone = (at == 0 || !isNumberChar(quote.charAt(at - 1)))
                    && (end >= quote.length() || !isNumberChar(quote.charAt(end)));
            if (standsAlone) {
                return QualifierWords.qualifierOf(quote, at, end);
            }
        }
        return Optional.empty();
    }

    /** Which side of the value an approximate figure lies on; either side when the quote does not say. */
    public static Approximation approximationOf(String quote, BigDecimal value) {
        return of(quote, value).map(Qualifier::approximation).orElse(Approximation.EITHER_SIDE);
    }

    private static boolean isNumberChar(char c) {
        return Character.isDigit(c) || c == '.';
    }
}
