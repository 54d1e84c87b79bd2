package org.yanhu.opendata.projects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.yanhu.opendata.api.quantity.Comparator;
import org.yanhu.opendata.api.quantity.Quantity;

/**
 * A number as published with its unit, and the same number in the base unit, so that the scale
 * multiplier is never lost: the columns {@code value, unit_code, base_value, base_unit} of a metric or a
 * pledge target. As a value it is api-conventions' {@link Quantity}.
 */
@Embeddable
public class Amount {

    public BigDecimal value;
    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_code")
    public Unit unit;
    public BigDecimal baseValue;
    public String baseUnit;

    /** The value in a unit, converted by the unit's multiplier. */
    public static Amount of(BigDecimal value, Unit unit) {
        Quantity quantity = unit.quantityOf(value, Comparator.EQ);
        Amount amount = new Amount();
        amount.value = value.stripTrailingZeros();
        amount.unit = unit;
        amount.baseValue = quantity.baseValue();
        amount.baseUnit = quantity.baseUnit();
        return amount;
    }
}
