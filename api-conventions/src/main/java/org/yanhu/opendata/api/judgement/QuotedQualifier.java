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

    /**
     * The comparator of every stand-alone occurrence of {@code value} in the quote ({@code EQ} for one without a
     * qualifier word): a row is right when its comparator is among them (启动20个以上…，硬化小街小巷20条 has both).
     */
    public static java.util.Set<org.yanhu.opendata.api.quantity.Comparator> comparatorsOf(String quote, BigDecimal value) {
        java.util.Set<org.yanhu.opendata.api.quantity.Comparator> found =
                java.util.EnumSet.noneOf(org.yanhu.opendata.api.quantity.Comparator.class);
        String number = Decimals.text(value);
        for (int at = quote.indexOf(number); at >= 0; at = quote.indexOf(number, at + 1)) {
            int end = at + number.length();
            if ((at == 0 || !isNumberChar(quote.charAt(at - 1))) && (end >= quote.length() || !isNumberChar(quote.charAt(end)))) {
                found.add(QualifierWords.qualifierOf(quote, at, end).map(Qualifier::comparator)
                        .orElse(org.yanhu.opendata.api.quantity.Comparator.EQ));
            }
        }
        if (found.isEmpty()) {
            found.add(org.yanhu.opendata.api.quantity.Comparator.EQ);
        }
        return found;
    }

    /** Which side of the value an approximate figure lies on; either side when the quote does not say. */
    public static Approximation approximationOf(String quote, BigDecimal value) {
        return of(quote, value).map(Qualifier::approximation).orElse(Approximation.EITHER_SIDE);
    }

    private static boolean isNumberChar(char c) {
        return Character.isDigit(c) || c == '.';
    }
}
