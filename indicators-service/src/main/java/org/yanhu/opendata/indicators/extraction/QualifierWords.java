package org.yanhu.opendata.indicators.extraction;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The qualifier words that set a figure's comparator, in one table: words before the number (突破, 超过, 不低于,
 * 近, 约 …) and words after it (以上, 以内, 左右 …); 余/多 between the number and its unit are read with the unit.
 * This is the extractor's own copy until the shared table in api-conventions lands; swapping it means
 * constructing this class from that table.
 */
public final class QualifierWords {

    /** A qualifier found in the text: [start, end) and what it means. */
    record Found(int start, int end, Comparison comparison) {
    }

    private static final QualifierWords STANDARD = new QualifierWords(before(), after());

    /** Words that end in a qualifier's character without being one: 签约 46 个 is not "about 46". */
    private static final List<String> LOOK_ALIKES = List.of("节约", "签约", "履约", "集约", "制约", "预约", "附近", "最近",
            "就近", "邻近", "临近", "赶超", "高超");

    private final List<Map.Entry<String, Comparison>> before;
    private final List<Map.Entry<String, Comparison>> after;

    QualifierWords(Map<String, Comparison> before, Map<String, Comparison> after) {
        this.before = longestFirst(before);
        this.after = longestFirst(after);
    }

    public static QualifierWords standard() {
        return STANDARD;
    }

    /** The qualifier ending right before the number at {@code numberStart} (a 了 may sit between: 突破了). */
    Found before(CodePointText text, int numberStart) {
        int end = text.at(numberStart - 1) == '了' ? numberStart - 1 : numberStart;
        for (String w : LOOK_ALIKES) {
            if (text.hasBefore(end, w)) {
                return null;
            }
        }
        for (Map.Entry<String, Comparison> w : before) {
            if (text.hasBefore(end, w.getKey())) {
                return new Found(end - CodePointText.length(w.getKey()), end, w.getValue());
            }
        }
        return null;
    }

    /** The qualifier starting right after the unit at {@code unitEnd} (以上, 以内, 左右). */
    Found after(CodePointText text, int unitEnd) {
        for (Map.Entry<String, Comparison> w : after) {
            if (text.hasAt(unitEnd, w.getKey())) {
                int end = unitEnd + CodePointText.length(w.getKey());
                if (w.getKey().equals("上下") && text.at(end) == '游') {
                    continue;                  // 上下游 is upstream and downstream
                }
                return new Found(unitEnd, end, w.getValue());
            }
        }
        return null;
    }

    private static Map<String, Comparison> before() {
        Map<String, Comparison> m = new LinkedHashMap<>();
        for (String w : List.of("突破", "超过", "超", "逾", "高于", "多于", "大于")) {
            m.put(w, Comparison.GT);
        }
        for (String w : List.of("不低于", "不少于", "不小于", "至少", "最少")) {
            m.put(w, Comparison.GTE);
        }
        for (String w : List.of("不超过", "不高于", "不多于", "不大于", "最多", "至多")) {
            m.put(w, Comparison.LTE);
        }
        for (String w : List.of("低于", "少于", "小于", "不足", "不到")) {
            m.put(w, Comparison.LT);
        }
        for (String w : List.of("近", "将近", "接近", "约", "大约", "约为", "大概")) {
            m.put(w, Comparison.APPROX);
        }
        return m;
    }

    private static Map<String, Comparison> after() {
        Map<String, Comparison> m = new LinkedHashMap<>();
        m.put("以上", Comparison.GTE);
        m.put("及以上", Comparison.GTE);
        m.put("以内", Comparison.LTE);
        m.put("之内", Comparison.LTE);
        m.put("以下", Comparison.LTE);
        m.put("左右", Comparison.APPROX);
        m.put("上下", Comparison.APPROX);
        return m;
    }

    private static List<Map.Entry<String, Comparison>> longestFirst(Map<String, Comparison> words) {
        return words.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Comparison> e) -> -CodePointText.length(e.getKey())))
                .toList();
    }
}
