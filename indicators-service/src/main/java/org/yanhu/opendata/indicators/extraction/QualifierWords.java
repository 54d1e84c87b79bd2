package org.yanhu.opendata.indicators.extraction;

import java.util.List;
import org.yanhu.opendata.api.quantity.Comparator;
import org.yanhu.opendata.api.quantity.Qualifier;

/**
 * The qualifier words of api-conventions' one table ({@link org.yanhu.opendata.api.quantity.QualifierWords}), read
 * on the extractor's code-point text: words before the number (突破, 超过, 不低于, 近, 约 …) and words after its unit
 * (以上, 以内, 左右 …). 余/多 between the number and its unit are read with the unit ({@link UnitTable}); after the
 * unit they start a new word (30万元多 does not occur), so they are not looked for there.
 */
public final class QualifierWords {

    /** A qualifier found in the text: [start, end) and what it means. */
    record Found(int start, int end, Comparator comparison) {
    }

    private static final QualifierWords STANDARD = new QualifierWords(
            org.yanhu.opendata.api.quantity.QualifierWords.ALL,
            org.yanhu.opendata.api.quantity.QualifierWords.LOOK_ALIKES);

    private final List<Qualifier> before;
    private final List<Qualifier> after;
    private final List<String> lookAlikes;

    QualifierWords(List<Qualifier> table, List<String> lookAlikes) {
        this.before = table.stream().filter(q -> q.position() == Qualifier.Position.BEFORE_NUMBER).toList();
        this.after = table.stream().filter(q -> q.position() == Qualifier.Position.AFTER_NUMBER)
                .filter(q -> !UnitTable.isApproxInfix(q.word().codePointAt(0)) || CodePointText.length(q.word()) > 1)
                .toList();
        this.lookAlikes = lookAlikes;
    }

    public static QualifierWords standard() {
        return STANDARD;
    }

    /** The qualifier ending right before the number at {@code numberStart} (a 了 may sit between: 突破了). */
    Found before(CodePointText text, int numberStart) {
        int end = text.at(numberStart - 1) == '了' ? numberStart - 1 : numberStart;
        for (String w : lookAlikes) {
            if (text.hasBefore(end, w)) {
                return null;
            }
        }
        for (Qualifier q : before) {
            if (text.hasBefore(end, q.word())) {
                return new Found(end - CodePointText.length(q.word()), end, q.comparator());
            }
        }
        return null;
    }

    /** The qualifier starting right after the unit at {@code unitEnd} (以上, 以内, 左右). */
    Found after(CodePointText text, int unitEnd) {
        for (Qualifier q : after) {
            if (text.hasAt(unitEnd, q.word())) {
                int end = unitEnd + CodePointText.length(q.word());
                if (q.word().equals("上下") && text.at(end) == '游') {
                    continue;                  // 上下游 is upstream and downstream
                }
                return new Found(unitEnd, end, q.comparator());
            }
        }
        return null;
    }
}
