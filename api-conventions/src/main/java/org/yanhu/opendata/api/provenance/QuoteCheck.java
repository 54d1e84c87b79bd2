package org.yanhu.opendata.api.provenance;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yanhu.opendata.api.quantity.Qualifier;
import org.yanhu.opendata.api.quantity.QualifierWords;

/**
 * The one rule for whether a quote states the figure it is cited for. The value must stand in the quote
 * as a whole number, not inside a longer one (12 is not stated by 全长12.5公里, nor 200 by 1,200), or be
 * written in Chinese numerals that read as exactly that value (三十, 一万余, 两所, 第一); 2 is not stated by
 * 十二 merely because 二 appears in it.
 */
public final class QuoteCheck {

    /** Where the value stands in the quote, {@code [start, end)}. */
    public record Span(int start, int end) {
    }

    private QuoteCheck() {
    }

    public static boolean statesValue(String quote, BigDecimal value) {
        return locate(quote, value).isPresent();
    }

    /** Where the quote states the value: in digits first, else in Chinese numerals. */
    public static Optional<Span> locate(String quote, BigDecimal value) {
        if (quote == null || value == null) {
            return Optional.empty();
        }
        String plain = value.stripTrailingZeros().toPlainString();
        Matcher digits = Pattern.compile("(?<![0-9.])(?<![0-9],)" + Pattern.quote(plain)
                + "(?![0-9]|\\.[0-9]|,[0-9]{3})").matcher(quote);
        if (digits.find()) {
            return Optional.of(new Span(digits.start(), digits.end()));
        }
        for (ChineseNumerals.Found found : ChineseNumerals.findAll(quote)) {
            if (found.value().compareTo(value) == 0) {
                return Optional.of(new Span(found.start(), found.end()));
            }
        }
        return Optional.empty();
    }

    /** The qualifier word the quote gives the value (突破400 → gt); empty when it states it plainly. */
    public static Optional<Qualifier> qualifierOf(String quote, BigDecimal value) {
        return locate(quote, value).flatMap(span -> QualifierWords.qualifierOf(quote, span.start(), span.end()));
    }
}
