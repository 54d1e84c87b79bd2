package org.yanhu.opendata.indicators.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yanhu.opendata.indicators.extraction.Figures.dec;
import static org.yanhu.opendata.indicators.extraction.Figures.only;
import static org.yanhu.opendata.indicators.extraction.Figures.values;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers: Arabic and Chinese numerals, decimals, and the numbers that are too vague or too small to count. */
class ExtractNumbersTest {

    @Test
    void arabicIntegersAndDecimalsAreReadExactly() {
        assertEquals(0, dec("6476.19").compareTo(only("处置土地6476.19亩").value()));
        assertEquals(0, dec("46").compareTo(only("全年签约项目46个").value()));
        assertEquals("6476.19", only("处置土地6476.19亩").text());
    }

    @Test
    void thousandsSeparatorsAndFullWidthDigitsAreDigits() {
        assertEquals(0, dec("1200").compareTo(only("新增就业1,200人").value()));
        assertEquals(0, dec("35.1").compareTo(only("争取资金３５.１亿元").value()));
    }

    @Test
    void chineseNumeralsThatCountThingsAreFigures() {
        Candidate two = only("提升改造两所公办幼儿园");
        assertEquals(0, dec("2").compareTo(two.value()));
        assertEquals("两", two.text());
        assertEquals("所", two.unit());
        assertEquals(0, dec("30").compareTo(only("新建三十座公厕").value()));
        assertEquals(0, dec("120").compareTo(only("培训一百二十人").value()));
        assertEquals(0, dec("3005").compareTo(only("惠及三千零五户").value()));
    }

    @Test
    void aChineseNumeralBeforeAScaleReadsTheScaleAsPartOfTheUnit() {
        Candidate c = only("促进城乡各类劳动者就业一万余人");
        assertEquals(0, dec("1").compareTo(c.value()));
        assertEquals("万人", c.unit());
        assertEquals(0, dec("10000").compareTo(c.baseValue()));
    }

    @Test
    void chineseCountsFromTenUpAreFiguresEvenWithAbstractClassifiers() {
        assertEquals(List.of("10件"), values("办好十件民生实事"));
    }

    @Test
    void oneInChineseNumeralsIsAnArticleNotAFigure() {
        assertTrue(values("打造一个平台，建设一批智能工厂，提供一站式服务").isEmpty());
    }

    @Test
    void smallChineseNumeralsWithAbstractClassifiersAreSlogans() {
        assertTrue(values("坚持两个毫不动摇，抓住三条主线，统筹五位一体，落实三张清单").isEmpty());
    }

    @Test
    void vagueCountsAreNotFigures() {
        assertTrue(values("吸引数十家企业，惠及几十万人").isEmpty());
    }

    @Test
    void malformedChineseNumeralsAreNotNumbers() {
        assertTrue(values("“十四五”时期，千方百计拓宽渠道").isEmpty());
    }

    @Test
    void aRankIsAFigureWithUnitRank() {
        Candidate c = only("排名全市第一。");
        assertEquals(0, dec("1").compareTo(c.value()));
        assertEquals("位", c.unit());
        assertEquals("rank", c.baseUnit());
        assertEquals("第一", c.text());
        assertEquals(0, dec("3").compareTo(only("增速居全省第3位").value()));
    }

    @Test
    void aGroupIsNotARank() {
        assertTrue(values("改革列全市第一方阵，列入全国第一批").isEmpty());
    }
}
