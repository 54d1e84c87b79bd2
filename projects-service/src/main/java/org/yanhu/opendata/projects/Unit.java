package org.yanhu.opendata.projects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import org.yanhu.opendata.api.quantity.Measure;
import org.yanhu.opendata.api.quantity.UnitScale;

/** A unit as published (兆瓦) and how to reach its base unit (× 1 = MW). */
@Entity
public class Unit extends PanacheEntityBase {

    @Id
    public String code;
    public String nameZh;
    public String nameEn;
    @Embedded
    public UnitScale scale;

    /** A value in this unit, as published and in the base unit. */
    public Measure measureOf(BigDecimal value) {
        return Measure.of(value.stripTrailingZeros(), code, scale);
    }
}
