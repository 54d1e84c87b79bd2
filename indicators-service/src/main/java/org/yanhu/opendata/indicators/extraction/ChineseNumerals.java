package org.yanhu.opendata.indicators.extraction;

import java.math.BigDecimal;

/**
 * Reads numbers written in Chinese numerals: 两 (2), 三十 (30), 一百二十 (120), 三千零五 (3005), and digit-by-digit
 * forms such as 二〇二四 (three digits or more: 唯一一个 and 三五年 hold no number). A numeral is read whole, 万 and 亿 included, as api-conventions' quote check reads it:
 * 一万余人 is 10000 人, 两亿元 is 200000000 元. (In digits, 1万余人, the 万 is the unit's scale: 1 万人.)
 */
final class ChineseNumerals {

    private ChineseNumerals() {
    }

    /** 0-9 for a digit character, -1 otherwise. */
    static int digit(int cp) {
        return switch (cp) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** 10, 100 or 1000 for 十, 百, 千; 10^4 and 10^8 for 万, 亿; -1 otherwise. */
    static long power(int cp) {
        return switch (cp) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> -1;
        };
    }

    static boolean isNumeral(int cp) {
        return digit(cp) >= 0 || power(cp) > 0;
    }

    /** 百, 千, 万, 亿: a scale that stands for one of it after a qualifier word (近万人, 近千户). */
    static boolean isBareScale(int cp) {
        return cp == '百' || cp == '千' || cp == '万' || cp == '亿';
    }

    /** A numeral may start with a digit or with 十 (十二); never with a bare 百, 千, 万 or 亿 (千方百计, 万亩). */
    static boolean canStart(int cp) {
        return digit(cp) >= 0 || cp == '十';
    }

    /** The value of the numeral in [start, end), or null when the characters do not form one (十四五). */
    static BigDecimal parse(CodePointText text, int start, int end) {
        if (end <= start) {
            return null;
        }
        boolean allDigits = true;
        for (int i = start; i < end; i++) {
            allDigits &= digit(text.at(i)) >= 0;
        }
        if (allDigits) {
            if (end - start == 1) {
                return BigDecimal.valueOf(digit(text.at(start)));
            }
            if (end - start == 2) {
                return null;                     // 唯一一个, 三五年: two digits side by side are no number
            }
            long v = 0;
            for (int i = start; i < end; i++) {
                if (text.at(i) == '两') {
                    return null;
                }
                v = v * 10 + digit(text.at(i));
            }
            return BigDecimal.valueOf(v);
        }
        long total = 0;      // completed 亿 and 万 sections
        long section = 0;    // below 万
        int pendingDigit = -1;
        long lastPower = Long.MAX_VALUE;   // within a section, 千 > 百 > 十 must come in decreasing order
        boolean zeroSeen = false;
        for (int i = start; i < end; i++) {
            int cp = text.at(i);
            int d = digit(cp);
            if (d == 0 && cp != '两') {
                zeroSeen = true;
                continue;
            }
            if (d > 0) {
                if (pendingDigit >= 0) {
                    return null;                 // two digits with no power between them: 十四五
                }
                pendingDigit = d;
                continue;
            }
            long p = power(cp);
            if (p == 10_000 || p == 100_000_000) {
                section += Math.max(pendingDigit, 0);
                if (section == 0) {
                    return null;
                }
                if (p == 100_000_000) {
                    total = (total + section) * p;
                } else {
                    total += section * p;
                }
                section = 0;
                pendingDigit = -1;
                lastPower = Long.MAX_VALUE;
                zeroSeen = false;
                continue;
            }
            if (p >= lastPower && !zeroSeen) {
                return null;
            }
            if (pendingDigit < 0) {
                if (p != 10 || section != 0) {
                    return null;                 // only 十 may stand without a digit, and only first
                }
                pendingDigit = 1;
            }
            section += pendingDigit * p;
            pendingDigit = -1;
            lastPower = p;
            zeroSeen = false;
        }
        section += Math.max(pendingDigit, 0);
        return BigDecimal.valueOf(total + section);
    }
}
