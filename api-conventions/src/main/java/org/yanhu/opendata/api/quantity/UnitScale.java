package org.yanhu.opendata.api.quantity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * How a unit as published reaches its base unit: 亿元 is 100000000 CNY. Embedded in each service's own
 * unit entity ({@code base_unit, multiplier}); the conversion rule is written here once.
 */
@Embeddable
public record UnitScale(
        @Column(name = "base_unit") String baseUnit,
        @Column(name = "multiplier") BigDecimal multiplier) {

    /** The base unit itself (CNY, kg, person) as a scale of 1. */
    public static UnitScale base(String baseUnit) {
        return new UnitScale(baseUnit, BigDecimal.ONE);
    }

    public BigDecimal toBase(BigDecimal value) {
        return Quantity.toBase(value, multiplier);
    }

    /** Whether a figure in this unit can be compared with one in the other (the same base unit). */
    public boolean measuresLike(UnitScale other) {
        return baseUnit.equals(other.baseUnit);
    }
}
