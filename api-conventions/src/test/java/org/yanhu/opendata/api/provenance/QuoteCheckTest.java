package org.yanhu.opendata.api.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.api.quantity.Comparator;

class QuoteCheckTest {

    private static boolean states(String quote, String value) {
        return QuoteCheck.statesValue(quote, new BigDecimal(value));
    }

    @Test
    void aValueWrittenInDigitsIsStated() {
        assertTrue(states("全区地区生产总值突破400亿元", "400"));
        assertTrue(states("全长12.5公里", "12.5"));
        assertTrue(states("增长5.2%", "5.20"));
    }

    @Test
    void aValueInsideALongerNumberIsNotStated() {
        assertFalse(states("全长12.5公里", "12"));
        assertFalse(states("全长12.5公里", "2.5"));
        assertFalse(states("全长12.5公里", "5"));
        assertFalse(states("建成1200套", "200"));
        assertFalse(states("建成1200套", "120"));
        assertFalse(states("投资1,200万元", "200"));
        assertFalse(states("投资1,200万元", "1"));
    }

    @Test
    void aValueAtTheEndOfASentenceIsStated() {
        assertTrue(states("增速达到12。", "12"));
        assertTrue(states("累计12", "12"));
    }

    @Test
    void aScaleAfterAQualifierWordStatesOneOfIt() {
        assertTrue(states("带动近万人就业", "10000"));
        assertFalse(states("带动近万人就业", "1"));
        assertFalse(states("签约亿元以上项目", "100000000"));
    }

    @Test
    void chineseNumeralsAreReadInFull() {
        assertTrue(states("新增三十个", "30"));
        assertTrue(states("带动就业一万余人", "10000"));
        assertTrue(states("新建两所公办幼儿园", "2"));
        assertTrue(states("实施十二项工程", "12"));
        assertTrue(states("改造一百零五个小区", "105"));
        assertTrue(states("排名全市第一", "1"));
    }

    @Test
    void aDigitDoesNotPassBecauseItsNumeralAppearsInALongerNumber() {
        assertFalse(states("实施十二项工程", "2"));
        assertFalse(states("实施十二项工程", "10"));
        assertFalse(states("新增三十个", "3"));
        assertFalse(states("带动就业一万余人", "1"));
        assertFalse(states("改造一百零五个小区", "5"));
        assertFalse(states("新建两所公办幼儿园", "1"));
    }

    @Test
    void aValueTheQuoteDoesNotGiveIsNotStated() {
        assertFalse(states("全区地区生产总值突破400亿元", "401"));
        assertFalse(states("千方百计稳就业", "1000"));
    }

    @Test
    void locateFindsWhereTheValueStands() {
        assertEquals(new QuoteCheck.Span(10, 13), QuoteCheck.locate("全区地区生产总值突破400亿元", new BigDecimal("400")).get());
        assertEquals(new QuoteCheck.Span(4, 6), QuoteCheck.locate("带动就业一万余人", new BigDecimal("10000")).get());
    }

    @Test
    void theQualifierOfTheStatedValueIsTheWordBesideIt() {
        assertEquals(Comparator.GT, QuoteCheck.qualifierOf("全区地区生产总值突破400亿元", new BigDecimal("400"))
                .get().comparator());
        assertEquals(Comparator.APPROX, QuoteCheck.qualifierOf("带动就业一万余人", new BigDecimal("10000"))
                .get().comparator());
        assertFalse(QuoteCheck.qualifierOf("建成1200套", new BigDecimal("1200")).isPresent());
    }
}
