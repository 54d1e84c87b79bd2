package org.yanhu.opendata.api.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void theBaseValueIsTheValueTimesTheMultiplier() {
        Quantity gdp = Quantity.of(new BigDecimal("400"), "亿元", new BigDecimal("100000000"), "CNY", Comparator.GT);
        assertEquals("40000000000", gdp.baseValue().toPlainString());
        assertEquals("CNY", gdp.baseUnit());
        assertEquals(Comparator.GT, gdp.comparator());
    }

    @Test
    void numbersArePlainWithoutTrailingZeros() {
        Quantity q = new Quantity(new BigDecimal("150.00"), "兆瓦", new BigDecimal("1.5E+2"), "MW", null);
        assertEquals("150", q.value().toPlainString());
        assertEquals("150", q.baseValue().toString());
        assertEquals(Comparator.EQ, q.comparator());
    }

    @Test
    void aMeasureInAUnitOfAScaleCarriesItsBaseValue() {
        UnitScale hundredMillionYuan = new UnitScale("CNY", new BigDecimal("100000000"));
        Measure gdp = Measure.of(new BigDecimal("400"), "亿元", hundredMillionYuan);
        assertEquals("40000000000", gdp.baseValue().toPlainString());
        assertEquals(new Quantity(new BigDecimal("400"), "亿元", new BigDecimal("4E+10"), "CNY", Comparator.GT),
                gdp.quantity(Comparator.GT));
        assertEquals(true, hundredMillionYuan.measuresLike(UnitScale.base("CNY")));
        assertEquals(false, hundredMillionYuan.measuresLike(UnitScale.base("person")));
    }
}
