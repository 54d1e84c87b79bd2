package org.yanhu.opendata.projects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import org.yanhu.opendata.api.quantity.Comparator;
import org.yanhu.opendata.api.quantity.Quantity;

/** A unit as published (兆瓦) and how to reach its base unit (× 1 = MW). */
@Entity
public class Unit extends PanacheEntityBase {

    @Id
    public String code;
    public String nameZh;
    public String nameEn;
    public String baseUnit;
    public BigDecimal multiplier;

    /** A value in this unit as a quantity: as published, and in the base unit. */
    public Quantity quantityOf(BigDecimal value, Comparator comparator) {
        return Quantity.of(value, code, multiplier, baseUnit, comparator);
    }
}
