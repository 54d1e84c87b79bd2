package org.yanhu.opendata.api.quantity;

import static org.yanhu.opendata.api.quantity.Approximation.EITHER_SIDE;
import static org.yanhu.opendata.api.quantity.Approximation.JUST_OVER;
import static org.yanhu.opendata.api.quantity.Approximation.JUST_UNDER;
import static org.yanhu.opendata.api.quantity.Qualifier.Position.AFTER_NUMBER;
import static org.yanhu.opendata.api.quantity.Qualifier.Position.BEFORE_NUMBER;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one table of qualifier words: which comparator each word of the reports means. Words are matched
 * longest first, so 不超过 is lte and not the gt of 超过 inside it.
 */
public final class QualifierWords {

    /**
     * Every word, longest first. The extractor of indicators-service reads its qualifiers from this table too,
     * so a word added here is read the same way by the quote check, the claim check and the extractor.
     */
    public static final List<Qualifier> ALL = longestFirst(List.of(
            new Qualifier("突破", Comparator.GT, null, BEFORE_NUMBER),
            new Qualifier("超过", Comparator.GT, null, BEFORE_NUMBER),
            new Qualifier("超", Comparator.GT, null, BEFORE_NUMBER),
            new Qualifier("逾", Comparator.GT, null, BEFORE_NUMBER),
            new Qualifier("高于", Comparator.GT, null, BEFORE_NUMBER),
            new Qualifier("多于", Comparator.GT, null, BEFORE_NUMBER),
            new Qualifier("大于", Comparator.GT, null, BEFORE_NUMBER),
            new Qualifier("不低于", Comparator.GTE, null, BEFORE_NUMBER),
            new Qualifier("不少于", Comparator.GTE, null, BEFORE_NUMBER),
            new Qualifier("不小于", Comparator.GTE, null, BEFORE_NUMBER),
            new Qualifier("至少", Comparator.GTE, null, BEFORE_NUMBER),
            new Qualifier("最少", Comparator.GTE, null, BEFORE_NUMBER),
            new Qualifier("以上", Comparator.GTE, null, AFTER_NUMBER),
            new Qualifier("及以上", Comparator.GTE, null, AFTER_NUMBER),
            new Qualifier("不超过", Comparator.LTE, null, BEFORE_NUMBER),
            new Qualifier("不高于", Comparator.LTE, null, BEFORE_NUMBER),
            new Qualifier("不多于", Comparator.LTE, null, BEFORE_NUMBER),
            new Qualifier("不大于", Comparator.LTE, null, BEFORE_NUMBER),
            new Qualifier("最多", Comparator.LTE, null, BEFORE_NUMBER),
            new Qualifier("至多", Comparator.LTE, null, BEFORE_NUMBER),
            new Qualifier("以内", Comparator.LTE, null, AFTER_NUMBER),
            new Qualifier("之内", Comparator.LTE, null, AFTER_NUMBER),
            new Qualifier("以下", Comparator.LTE, null, AFTER_NUMBER),
            new Qualifier("不到", Comparator.LT, null, BEFORE_NUMBER),
            new Qualifier("不足", Comparator.LT, null, BEFORE_NUMBER),
            new Qualifier("低于", Comparator.LT, null, BEFORE_NUMBER),
            new Qualifier("少于", Comparator.LT, null, BEFORE_NUMBER),
            new Qualifier("小于", Comparator.LT, null, BEFORE_NUMBER),
            new Qualifier("左右", Comparator.APPROX, EITHER_SIDE, AFTER_NUMBER),
            new Qualifier("上下", Comparator.APPROX, EITHER_SIDE, AFTER_NUMBER),
            new Qualifier("近", Comparator.APPROX, JUST_UNDER, BEFORE_NUMBER),
            new Qualifier("将近", Comparator.APPROX, JUST_UNDER, BEFORE_NUMBER),
            new Qualifier("接近", Comparator.APPROX, JUST_UNDER, BEFORE_NUMBER),
            new Qualifier("约", Comparator.APPROX, EITHER_SIDE, BEFORE_NUMBER),
            new Qualifier("约为", Comparator.APPROX, EITHER_SIDE, BEFORE_NUMBER),
            new Qualifier("大概", Comparator.APPROX, EITHER_SIDE, BEFORE_NUMBER),
            new Qualifier("余", Comparator.APPROX, JUST_OVER, AFTER_NUMBER),
            new Qualifier("多", Comparator.APPROX, JUST_OVER, AFTER_NUMBER)));

    /**
     * Words that end in a qualifier's character without being a qualifier: 签约46个 is not "about 46", 最近3年
     * is not "nearly 3", 赶超 is not "more than". A word before a number is not read when one of these ends there.
     */
    public static final List<String> LOOK_ALIKES = List.of("节约", "签约", "履约", "集约", "制约", "预约", "特约",
            "附近", "最近", "就近", "邻近", "临近", "靠近", "赶超", "高超");

    /** How far after a number (its unit, then the word) a qualifier may stand: 亿元以上, 万人次左右. */
    private static final int AFTER_WINDOW = 6;

    private QualifierWords() {
    }

    /** The qualifier that is exactly this word (突破), if the table has it. */
    public static Optional<Qualifier> word(String word) {
        return ALL.stream().filter(q -> q.word().equals(word)).findFirst();
    }

    /** Every qualifier word in the text, in the order they stand, each counted once where words overlap. */
    public static List<Qualifier> qualifiersIn(String text) {
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Qualifier q : ALL) {
            for (int at = text.indexOf(q.word()); at >= 0; at = text.indexOf(q.word(), at + 1)) {
                if (!overlaps(taken, at, q.word().length())) {
                    for (int i = at; i < at + q.word().length(); i++) {
                        taken[i] = true;
                    }
                    found.add(new Found(at, q));
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.at(), b.at()));
        return found.stream().map(Found::qualifier).toList();
    }

    /** The comparator the text's first qualifier word means; {@code EQ} when it has none. */
    public static Comparator comparatorIn(String text) {
        List<Qualifier> all = qualifiersIn(text);
        return all.isEmpty() ? Comparator.EQ : all.get(0).comparator();
    }

    /**
     * The qualifier of the number that stands at {@code [start, end)} of the text: a word written
     * right before it (突破400), or after it and its unit (400亿元以上, 一万余人), before the next number
     * or punctuation, at most six characters on.
     */
    public static Optional<Qualifier> qualifierOf(String text, int start, int end) {
        Optional<Qualifier> before = writtenBefore(text, start);
        if (before.isPresent()) {
            return before;
        }
        int limit = end;
        while (limit < text.length() && limit - end < AFTER_WINDOW && !isBoundary(text.charAt(limit))) {
            limit++;
        }
        String after = text.substring(end, limit);
        Qualifier nearest = null;
        int nearestAt = Integer.MAX_VALUE;
        for (Qualifier q : ALL) {
            int at = after.indexOf(q.word());
            if (q.position() == AFTER_NUMBER && at >= 0 && at < nearestAt) {
                nearest = q;
                nearestAt = at;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** The qualifier word that ends right at {@code start} (突破|400), unless a look-alike ends there (签约|46). */
    public static Optional<Qualifier> writtenBefore(String text, int start) {
        if (LOOK_ALIKES.stream().anyMatch(w -> start >= w.length() && text.startsWith(w, start - w.length()))) {
            return Optional.empty();
        }
        for (Qualifier q : ALL) {
            int wordStart = start - q.word().length();
            if (q.position() == BEFORE_NUMBER && wordStart >= 0 && text.startsWith(q.word(), wordStart)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    private static List<Qualifier> longestFirst(List<Qualifier> words) {
        return words.stream().sorted(java.util.Comparator.comparingInt((Qualifier q) -> -q.word().length())).toList();
    }

    private static boolean isBoundary(char c) {
        return Character.isDigit(c) || "，。；、,;：:（）() ".indexOf(c) >= 0;
    }

    private static boolean overlaps(boolean[] taken, int at, int length) {
        for (int i = at; i < at + length; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private record Found(int at, Qualifier qualifier) {
    }
}
