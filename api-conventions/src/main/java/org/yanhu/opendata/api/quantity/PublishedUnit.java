package org.yanhu.opendata.api.quantity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;

/**
 * The columns of a unit as published (亿元, 兆瓦) and how it reaches its base unit, which CONVENTIONS.md defines
 * for every service. Each data service maps them onto a {@code unit} table of its own with an entity that
 * extends this class; the tables are never shared.
 */
@MappedSuperclass
public abstract class PublishedUnit extends PanacheEntityBase {

    @Id
    public String code;
    public String nameZh;
    public String nameEn;
    @Embedded
    public UnitScale scale;

    public BigDecimal toBase(BigDecimal value) {
        return scale.toBase(value);
    }

    /** A value in this unit, as published and in the base unit. */
    public Measure measureOf(BigDecimal value) {
        return Measure.of(value.stripTrailingZeros(), code, scale);
    }
}
