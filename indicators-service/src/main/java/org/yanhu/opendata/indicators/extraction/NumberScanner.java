package org.yanhu.opendata.indicators.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.yanhu.opendata.api.quantity.Qualifier;

/**
 * Finds every number in a text: Arabic (46, 6476.19, 1,200, full-width digits) and Chinese numerals (两, 三十).
 * Whether a number is a figure is decided later, by the unit grammar and the rules about what is not a measure.
 */
final class NumberScanner {

    private NumberScanner() {
    }

    static List<NumberToken> scan(CodePointText text) {
        List<NumberToken> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.at(i);
            if (CodePointText.isAsciiDigit(cp)) {
                i = readArabic(text, i, tokens);
            } else if (ChineseNumerals.canStart(cp)) {
                i = readChinese(text, i, tokens);
            } else if (ChineseNumerals.isBareScale(cp) && isQualifierEnd(text.at(i - 1))) {
                i = readBareScale(text, i, tokens);
            } else {
                i++;
            }
        }
        return tokens;
    }

    private static int readArabic(CodePointText text, int start, List<NumberToken> out) {
        StringBuilder digits = new StringBuilder();
        int i = start;
        boolean decimal = false;
        while (true) {
            int cp = text.at(i);
            if (CodePointText.isAsciiDigit(cp)) {
                digits.append((char) ('0' + CodePointText.digitValue(cp)));
                i++;
            } else if ((cp == '.' || cp == '．') && !decimal && CodePointText.isAsciiDigit(text.at(i + 1))) {
                digits.append('.');
                decimal = true;
                i++;
            } else if (cp == ',' && !decimal && isThousandsGroup(text, i + 1)) {
                i++;
            } else {
                break;
            }
        }
        out.add(new NumberToken(start, i, new BigDecimal(digits.toString()), false));
        return i;
    }

    private static boolean isThousandsGroup(CodePointText text, int i) {
        for (int k = 0; k < 3; k++) {
            if (!CodePointText.isAsciiDigit(text.at(i + k))) {
                return false;
            }
        }
        return !CodePointText.isAsciiDigit(text.at(i + 3));
    }

    private static int readChinese(CodePointText text, int start, List<NumberToken> out) {
        int end = start;
        while (ChineseNumerals.isNumeral(text.at(end))) {
            end++;
        }
        // read whole, as the shared quote check reads it: 一万余人 is 10000 人 (1万余人, in digits, is 1 万人)
        BigDecimal value = ChineseNumerals.parse(text, start, end);
        if (value != null) {
            out.add(new NumberToken(start, end, value, true));
        }
        return end;
    }

    /**
     * 近万人, 近千户, 逾百家: after a qualifier word, a bare 百, 千 or 万 is one of it (10000 人, 1000 户). Elsewhere a
     * bare scale starts no number (千方百计, 万众一心, 亿元以上项目); {@link FigureReader} checks the qualifier word.
     */
    private static int readBareScale(CodePointText text, int start, List<NumberToken> out) {
        int end = start + 1;
        long value = ChineseNumerals.power(text.at(start));
        int next = text.at(end);
        if ((next == '万' || next == '亿') && ChineseNumerals.power(next) > value) {
            value *= ChineseNumerals.power(next);        // 近千万元, 超百亿元
            end++;
        }
        if (ChineseNumerals.isNumeral(text.at(end))) {
            return end;                                  // 百千万: not one number
        }
        out.add(new NumberToken(start, end, BigDecimal.valueOf(value), true));
        return end;
    }

    /** The last character of a qualifier word written before a number (近, 约, 逾, 突破, 不到 …), from the shared table. */
    private static boolean isQualifierEnd(int cp) {
        return QUALIFIER_ENDS.contains(cp);
    }

    private static final Set<Integer> QUALIFIER_ENDS = org.yanhu.opendata.api.quantity.QualifierWords.ALL.stream()
            .filter(q -> q.position() == Qualifier.Position.BEFORE_NUMBER)
            .map(q -> q.word().codePointBefore(q.word().length()))
            .collect(Collectors.toUnmodifiableSet());
}
