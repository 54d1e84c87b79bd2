package org.yanhu.opendata.api.provenance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.yanhu.opendata.api.quantity.QualifierWords;

/**
 * Reads the numbers that the reports write in Chinese numerals, in full: 三十 is 30, 一百零五 is 105,
 * 一万 is 10000, 两所 is 2, 二〇二三 is 2023. A run that reads as two numbers (十四五: 14 and 5) gives both.
 * A lone 百, 千, 万 or 亿 is a unit word, not a number (千方百计, 万人), except right after a qualifier word written
 * before a number ({@link QualifierWords}), where it stands for one of it: 近万人 is about 10000, 超百亿元 more than
 * 10000000000.
 */
public final class ChineseNumerals {

    /** A number found in a text, at {@code [start, end)}. */
    public record Found(int start, int end, BigDecimal value) {
    }

    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final int[] DIGIT_VALUES = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final String SMALL_UNITS = "十百千";
    private static final long[] SMALL_UNIT_VALUES = {10, 100, 1000};

    private ChineseNumerals() {
    }

    public static boolean isNumeral(char c) {
        return DIGITS.indexOf(c) >= 0 || SMALL_UNITS.indexOf(c) >= 0 || c == '万' || c == '亿';
    }

    /** Every number written in Chinese numerals in the text, in order. */
    public static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isNumeral(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isNumeral(text.charAt(end))) {
                end++;
            }
            Found bare = bareScale(text, i, end);
            if (bare != null) {
                found.add(bare);
            } else {
                readRun(text, i, end, found);
            }
            i = end;
        }
        return found;
    }

    /** 近万, 超百亿: a run of one scale (or a scale and a larger one) right after a qualifier word; else null. */
    private static Found bareScale(String text, int from, int to) {
        long value = scale(text.charAt(from));
        if (value == 0 || QualifierWords.writtenBefore(text, from).isEmpty()) {
            return null;
        }
        int end = from + 1;
        if (end < to && scale(text.charAt(end)) > value && scale(text.charAt(end)) >= 10_000) {
            value *= scale(text.charAt(end)); // 近千万, 超百亿
            end++;
        }
        return end == to ? new Found(from, end, BigDecimal.valueOf(value)) : null;
    }

    private static long scale(char c) {
        return switch (c) {
            case '百' -> 100;
            case '千' -> 1_000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> 0;
        };
    }

    /** The value of a text that is exactly one number in Chinese numerals, or null. */
    public static BigDecimal parse(String numeral) {
        List<Found> found = new ArrayList<>();
        readRun(numeral, 0, numeral.length(), found);
        return found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == numeral.length()
                ? found.get(0).value() : null;
    }

    private static void readRun(String text, int from, int to, List<Found> out) {
        boolean hasUnits = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            hasUnits |= DIGITS.indexOf(c) < 0;
        }
        if (!hasUnits) {
            // Digit by digit, as years are written: 二〇二三.
            long value = 0;
            for (int i = from; i < to; i++) {
                value = value * 10 + DIGIT_VALUES[DIGITS.indexOf(text.charAt(i))];
            }
            out.add(new Found(from, to, BigDecimal.valueOf(value)));
            return;
        }
        Reader reader = null;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (reader != null && !reader.accept(c)) {
                reader.finish(out);
                reader = null;
            }
            if (reader == null) {
                if (DIGITS.indexOf(c) >= 0 || c == '十') {
                    reader = new Reader(i);
                    reader.accept(c);
                }
                // A unit word with no digit before it starts no number.
            }
        }
        if (reader != null) {
            reader.finish(out);
        }
    }

    /** Reads one number; refuses a character that cannot continue it, so that the caller starts anew. */
    private static final class Reader {
        private final int start;
        private int end;
        private long hundredMillions;
        private long tenThousands;
        private long section;
        private Integer digit;
        private long lastSmallUnit = Long.MAX_VALUE;

        Reader(int start) {
            this.start = start;
            this.end = start;
        }

        boolean accept(char c) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                if (digit != null && digit != 0) {
                    return false; // two digits with no unit between them (十四五): a new number
                }
                digit = DIGIT_VALUES[d]; // a digit after 零 replaces it: 一百零五
                end++;
                return true;
            }
            int s = SMALL_UNITS.indexOf(c);
            if (s >= 0) {
                long unit = SMALL_UNIT_VALUES[s];
                long times = digit != null ? digit : (end == start && unit == 10 ? 1 : 0); // 十二 is 12
                if (unit >= lastSmallUnit || times == 0) {
                    return false;
                }
                section += times * unit;
                lastSmallUnit = unit;
                digit = null;
                end++;
                return true;
            }
            long current = section + (digit == null ? 0 : digit);
            if (c == '万') {
                if (current == 0 || tenThousands != 0) {
                    return false;
                }
                tenThousands = current * 10_000;
            } else {
                if (hundredMillions + tenThousands + current == 0) {
                    return false;
                }
                hundredMillions = (hundredMillions + tenThousands + current) * 100_000_000;
                tenThousands = 0;
            }
            section = 0;
            digit = null;
            lastSmallUnit = Long.MAX_VALUE;
            end++;
            return true;
        }

        void finish(List<Found> out) {
            long value = hundredMillions + tenThousands + section + (digit == null ? 0 : digit);
            out.add(new Found(start, end, BigDecimal.valueOf(value)));
        }
    }
}
