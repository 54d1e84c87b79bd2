package org.yanhu.opendata.indicators.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yanhu.opendata.indicators.extraction.Figures.dec;
import static org.yanhu.opendata.indicators.extraction.Figures.only;
import static org.yanhu.opendata.indicators.extraction.Figures.values;

import java.util.List;
import org.yanhu.opendata.api.provenance.QuoteCheck;
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
    void aChineseNumeralIsReadWholeAsTheQuoteCheckReadsItButDigitsKeepTheScaleInTheUnit() {
        Candidate c = only("搬迁安置群众一万余人");
        assertEquals(0, dec("10000").compareTo(c.value()));
        assertEquals("人", c.unit());
        assertEquals("approx", c.comparator().code());
        assertTrue(QuoteCheck.statesValue(c.quote(), c.value()), c::quote);
        assertEquals(List.of("20000亩"), values("新增造林两万亩"));
        Candidate digits = only("促进城乡各类劳动者就业1万余人");
        assertEquals(0, dec("1").compareTo(digits.value()));
        assertEquals("万人", digits.unit());
        assertEquals(0, dec("10000").compareTo(digits.baseValue()));
    }

    @Test
    void aBareScaleAfterAQualifierWordIsOneOfThatScale() {
        Candidate nearly = only("参赛选手近万人。");
        assertEquals(0, dec("10000").compareTo(nearly.value()));
        assertEquals("人", nearly.unit());
        assertEquals("approx", nearly.comparator().code());
        assertEquals(List.of("1000户"), values("累计识别纳入监测对象近千户，"));
        assertEquals(List.of("100家"), values("带动企业逾百家"));
        assertEquals("gt", only("旅游收入突破千万元").comparator().code());
        assertEquals("lt", only("剩余不到百户，").comparator().code());
    }

    @Test
    void aBareScaleWithoutAQualifierWordIsNoNumber() {
        assertEquals(List.of("48个"), values("新签约亿元以上项目48个"));
        assertTrue(values("千方百计稳就业，万众一心谋发展，近百年来").isEmpty());
    }

    @Test
    void oneCountsAThingWhenItFollowsItsNounAndClosesThePhrase() {
        assertEquals(List.of("3座", "1座"), values("新建35千伏变电站三座、110千伏变电站一座，"));
        assertEquals(List.of("1座", "4座"), values("建成中型水库一座、小型水库四座。"));
        assertTrue(values("打造一个平台，建设一座新城，每年体检一次。").isEmpty());
        assertTrue(values("培育龙头企业一批，每村配备网格员一名，村均一名。").isEmpty());
    }

    @Test
    void twoChineseDigitsSideBySideAreNoNumber() {
        assertTrue(values("成为全省唯一一个，用三五年时间").isEmpty());
        assertEquals(List.of("3005户"), values("惠及三千零五户"));
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
