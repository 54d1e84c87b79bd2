package org.yanhu.opendata.api.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class QualifierWordsTest {

    private static Comparator comparatorOf(String word) {
        return QualifierWords.word(word).orElseThrow().comparator();
    }

    private static Approximation approximationOf(String word) {
        return QualifierWords.word(word).orElseThrow().approximation();
    }

    @Test
    void breakingThroughAndExceedingAreMoreThan() {
        assertEquals(Comparator.GT, comparatorOf("突破"));
        assertEquals(Comparator.GT, comparatorOf("超过"));
    }

    @Test
    void aboveAndNotBelowAreAtLeast() {
        assertEquals(Comparator.GTE, comparatorOf("以上"));
        assertEquals(Comparator.GTE, comparatorOf("不低于"));
    }

    @Test
    void withinAndNotExceedingAreAtMost() {
        assertEquals(Comparator.LTE, comparatorOf("以内"));
        assertEquals(Comparator.LTE, comparatorOf("不超过"));
    }

    @Test
    void notReachingAndShortOfAreLessThan() {
        assertEquals(Comparator.LT, comparatorOf("不到"));
        assertEquals(Comparator.LT, comparatorOf("不足"));
    }

    @Test
    void nearlyIsJustUnderAndOddIsJustOverAndAboutIsEitherSide() {
        for (String word : List.of("近", "约", "余", "左右", "多")) {
            assertEquals(Comparator.APPROX, comparatorOf(word), word);
        }
        assertEquals(Approximation.JUST_UNDER, approximationOf("近"));
        assertEquals(Approximation.JUST_OVER, approximationOf("余"));
        assertEquals(Approximation.JUST_OVER, approximationOf("多"));
        assertEquals(Approximation.EITHER_SIDE, approximationOf("约"));
        assertEquals(Approximation.EITHER_SIDE, approximationOf("左右"));
    }

    @Test
    void onlyApproximateWordsHaveADirection() {
        for (Qualifier q : QualifierWords.ALL) {
            assertEquals(q.comparator() == Comparator.APPROX, q.approximation() != null, q.word());
        }
    }

    @Test
    void theLongerWordWinsWhereOneContainsAnother() {
        assertEquals(Comparator.LTE, QualifierWords.comparatorIn("单位能耗不超过0.5吨"));
        assertEquals(Comparator.GTE, QualifierWords.comparatorIn("粮食产量不低于50万吨"));
        assertEquals(List.of("不超过"), QualifierWords.qualifiersIn("不超过5%").stream().map(Qualifier::word).toList());
    }

    @Test
    void aTextWithoutQualifierIsEqual() {
        assertEquals(Comparator.EQ, QualifierWords.comparatorIn("地区生产总值400亿元"));
    }

    @Test
    void theQualifierOfANumberStandsBeforeItOrAfterItsUnit() {
        String text = "全区地区生产总值突破400亿元";
        assertEquals("突破", QualifierWords.qualifierOf(text, 10, 13).orElseThrow().word());
        String after = "粮食播种面积50万亩以上，完成";
        assertEquals("以上", QualifierWords.qualifierOf(after, 6, 8).orElseThrow().word());
        assertFalse(QualifierWords.qualifierOf("建成50个，另有约30个", 2, 4).isPresent());
    }

    @Test
    void comparatorCodesAreTheJsonValues() {
        assertEquals(List.of("eq", "gt", "gte", "lt", "lte", "approx"),
                java.util.Arrays.stream(Comparator.values()).map(Comparator::code).toList());
        assertEquals(Comparator.GTE, Comparator.of("gte").orElseThrow());
        assertFalse(Comparator.of("GTE").isPresent());
        assertNull(QualifierWords.word("大约").orElse(null));
    }

    @Test
    void theTableHoldsEveryWordTheReportsUseForABound() {
        assertEquals(Comparator.GTE, comparatorOf("不少于"));
        assertEquals(Comparator.LTE, comparatorOf("以下"));
        assertEquals(Comparator.LT, comparatorOf("低于"));
        assertEquals(Comparator.GT, comparatorOf("逾"));
        assertEquals(Approximation.JUST_UNDER, approximationOf("接近"));
    }

    @Test
    void aWordThatOnlyEndsLikeAQualifierIsNotOne() {
        assertFalse(QualifierWords.qualifierOf("新签约46个项目", 3, 5).isPresent());
        assertFalse(QualifierWords.qualifierOf("最近3年", 2, 3).isPresent());
        assertEquals("近", QualifierWords.qualifierOf("游客近641万人次", 3, 6).orElseThrow().word());
    }

    @Test
    void longerWordsComeFirst() {
        for (int i = 1; i < QualifierWords.ALL.size(); i++) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    QualifierWords.ALL.get(i - 1).word().length() >= QualifierWords.ALL.get(i).word().length());
        }
    }
}
