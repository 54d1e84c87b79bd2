package org.yanhu.opendata.projects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** A unit as published (兆瓦) and how to reach its base unit (× 1 = MW). */
@Entity
public class Unit extends PanacheEntityBase {

    @Id
    public String code;
    public String nameZh;
    public String nameEn;
    public String baseUnit;
    public BigDecimal multiplier;

    public BigDecimal toBase(BigDecimal value) {
        return value.multiply(multiplier).stripTrailingZeros();
    }
}
