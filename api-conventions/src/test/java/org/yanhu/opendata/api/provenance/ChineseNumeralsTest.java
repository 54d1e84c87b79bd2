package org.yanhu.opendata.api.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

    private static long value(String numeral) {
        return ChineseNumerals.parse(numeral).longValueExact();
    }

    @Test
    void digitsAndTensAreRead() {
        assertEquals(1, value("一"));
        assertEquals(2, value("两"));
        assertEquals(2, value("二"));
        assertEquals(10, value("十"));
        assertEquals(12, value("十二"));
        assertEquals(30, value("三十"));
        assertEquals(35, value("三十五"));
    }

    @Test
    void hundredsThousandsAndZerosAreRead() {
        assertEquals(105, value("一百零五"));
        assertEquals(1050, value("一千零五十"));
        assertEquals(2000, value("两千"));
        assertEquals(3500, value("三千五百"));
    }

    @Test
    void tenThousandsAndHundredMillionsAreRead() {
        assertEquals(10_000, value("一万"));
        assertEquals(15_000, value("一万五千"));
        assertEquals(300_000, value("三十万"));
        assertEquals(20_000_000, value("两千万"));
        assertEquals(350_000_000, value("三亿五千万"));
        assertEquals(1_000_000_000_000L, value("一万亿"));
    }

    @Test
    void yearsAreReadDigitByDigit() {
        assertEquals(2023, value("二〇二三"));
    }

    @Test
    void aRunOfTwoNumbersIsNotOneNumber() {
        assertNull(ChineseNumerals.parse("十四五"));
        List<ChineseNumerals.Found> found = ChineseNumerals.findAll("十四五规划");
        assertEquals(List.of(new BigDecimal(14), new BigDecimal(5)), found.stream().map(ChineseNumerals.Found::value)
                .toList());
    }

    @Test
    void aUnitWordAloneIsNoNumber() {
        assertEquals(List.of(), ChineseNumerals.findAll("千方百计，万人空巷"));
    }

    @Test
    void aUnitWordRightAfterAQualifierWordIsOneOfIt() {
        assertEquals(List.of(new ChineseNumerals.Found(3, 4, new BigDecimal(10_000))),
                ChineseNumerals.findAll("带动近万人就业"));
        assertEquals(List.of(new BigDecimal(1_000)), values("惠及近千户"));
        assertEquals(List.of(new BigDecimal(10_000_000_000L)), values("产值超百亿元"));
        assertEquals(List.of(new BigDecimal(10_000_000)), values("投资近千万元"));
        // Not after a qualifier word, and not when the run goes on: still no number.
        assertEquals(List.of(), values("签约亿元以上项目"));
        assertEquals(List.of(), values("近百千万"));
    }

    private static List<BigDecimal> values(String text) {
        return ChineseNumerals.findAll(text).stream().map(ChineseNumerals.Found::value).toList();
    }

    @Test
    void numbersAreFoundWhereTheyStand() {
        assertEquals(List.of(new ChineseNumerals.Found(4, 6, new BigDecimal(10_000))),
                ChineseNumerals.findAll("带动就业一万余人"));
        assertEquals(List.of(new ChineseNumerals.Found(3, 4, BigDecimal.ONE)), ChineseNumerals.findAll("排名第一"));
    }
}
