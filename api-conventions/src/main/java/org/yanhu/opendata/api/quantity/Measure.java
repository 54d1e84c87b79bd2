package org.yanhu.opendata.api.quantity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * The columns of a figure as published and in its base unit, embedded in each service's own entities
 * ({@code value, unit_code, base_value, base_unit}): the value type that an observation, a project metric
 * or a pledge target shares, while each keeps its own table. With a comparator it is a {@link Quantity}.
 */
@Embeddable
public record Measure(
        @Column(name = "value") BigDecimal value,
        @Column(name = "unit_code") String unit,
        @Column(name = "base_value") BigDecimal baseValue,
        @Column(name = "base_unit") String baseUnit) {

    /** The value in a unit of the given scale. */
    public static Measure of(BigDecimal value, String unit, UnitScale scale) {
        return new Measure(value, unit, scale.toBase(value), scale.baseUnit());
    }

    public Quantity quantity(Comparator comparator) {
        return new Quantity(value, unit, baseValue, baseUnit, comparator);
    }
}
