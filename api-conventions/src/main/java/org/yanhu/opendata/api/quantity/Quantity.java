package org.yanhu.opendata.api.quantity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure as published and in its base unit, so that the scale multiplier is never lost: 400 亿元 is
 * 40000000000 CNY. The comparator says how the figure relates to the value (突破400 is gt).
 *
 * @param value the value as published
 * @param unit the unit as published (亿元)
 * @param baseValue the value in the base unit
 * @param baseUnit the base unit (CNY)
 * @param comparator the qualifier; {@code EQ} when the text states the value plainly
 */
public record Quantity(BigDecimal value, String unit, BigDecimal baseValue, String baseUnit, Comparator comparator) {

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(baseValue, "baseValue");
        Objects.requireNonNull(baseUnit, "baseUnit");
        comparator = comparator == null ? Comparator.EQ : comparator;
        value = Decimals.plain(value);
        baseValue = Decimals.plain(baseValue);
    }

    /** The quantity of {@code value} in a unit that is {@code multiplier} base units. */
    public static Quantity of(BigDecimal value, String unit, BigDecimal multiplier, String baseUnit,
            Comparator comparator) {
        return new Quantity(value, unit, toBase(value, multiplier), baseUnit, comparator);
    }

    /** {@code value} × {@code multiplier}, without trailing zeros. */
    public static BigDecimal toBase(BigDecimal value, BigDecimal multiplier) {
        return value.multiply(multiplier).stripTrailingZeros();
    }

    /** The same figure with another qualifier. */
    public Quantity withComparator(Comparator other) {
        return new Quantity(value, unit, baseValue, baseUnit, other);
    }
}
