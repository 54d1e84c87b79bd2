package org.yanhu.opendata.indicators.extraction;

import org.yanhu.opendata.api.quantity.Comparator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yanhu.opendata.indicators.extraction.Figures.in;
import static org.yanhu.opendata.indicators.extraction.Figures.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Comparators from the qualifier words around the number. */
class ExtractComparatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"地区生产总值突破400亿元", "常住人口超过100万人", "gdp已超1000亿元大关", "投资逾2亿元"})
    void breakingThroughOrExceedingIsGreaterThan(String text) {
        assertEquals(Comparator.GT, only(text).comparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"安全利用率保持在97%以上", "覆盖率不低于90%", "开发公益性岗位不少于740个", "新增停车位400个及以上"})
    void atLeastIsGreaterOrEqual(String text) {
        assertEquals(Comparator.GTE, only(text).comparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"失业率控制在5.5%以内", "负债率不超过60%", "能耗控制在3%以下"})
    void withinIsLessOrEqual(String text) {
        assertEquals(Comparator.LTE, only(text).comparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"贫困发生率低于2%", "占比不足5%"})
    void belowIsLessThan(String text) {
        assertEquals(Comparator.LT, only(text).comparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"游客接待量近641万人次", "投资约5亿元", "130余家冷链物流企业", "国内生产总值增长5%左右", "30多万元"})
    void nearAboutMoreThanALittleAndRoughlyAreApproximate(String text) {
        assertEquals(Comparator.APPROX, only(text).comparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"固定资产投资完成120亿元", "旅游收入达1.1亿元", "同比增长18.8%"})
    void otherwiseAFigureIsExact(String text) {
        assertEquals(Comparator.EQ, only(text).comparator());
    }

    @Test
    void aQualifierBeforeTheSubjectDoesNotQualifyTheNumber() {
        assertEquals(Comparator.EQ, only("规模以上工业增加值完成29.8亿元").comparator());
        assertEquals(Comparator.EQ, only("新增市级以上龙头企业13家").comparator());
    }

    @Test
    void wordsThatEndLikeAQualifierAreNotQualifiers() {
        assertEquals(Comparator.EQ, only("节约3000万元").comparator());
        assertEquals(Comparator.EQ, only("新签约12个项目").comparator());
    }

    @Test
    void upstreamAndDownstreamIsNotRoughly() {
        assertEquals(Comparator.EQ, only("带动20家上下游企业").comparator());
    }

    @Test
    void theFiguresOfAnEnumerationShareTheQualifierInFrontOfTheFirst() {
        List<Candidate> found = in("城乡居民收入分别超过30%、40%");
        assertEquals(List.of(Comparator.GT, Comparator.GT), found.stream().map(Candidate::comparator).toList());
    }
}
