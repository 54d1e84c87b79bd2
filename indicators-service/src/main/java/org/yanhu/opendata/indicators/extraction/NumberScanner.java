package org.yanhu.opendata.indicators.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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
        int valueEnd = end;
        // a trailing 万 or 亿 is the unit's scale prefix (一万余人 is 1 万人), read by the unit grammar
        while (valueEnd > start + 1 && (text.at(valueEnd - 1) == '万' || text.at(valueEnd - 1) == '亿')) {
            valueEnd--;
        }
        BigDecimal value = ChineseNumerals.parse(text, start, valueEnd);
        if (value != null) {
            out.add(new NumberToken(start, valueEnd, value, true));
        }
        return end;
    }
}
