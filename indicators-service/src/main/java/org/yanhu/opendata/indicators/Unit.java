package org.yanhu.opendata.indicators;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import org.yanhu.opendata.api.quantity.Quantity;

/** A unit as published (亿元) and how to reach its base unit (× 100000000 = CNY). */
@Entity
public class Unit extends PanacheEntityBase {

    @Id
    public String code;
    public String nameZh;
    public String nameEn;
    public String baseUnit;
    public BigDecimal multiplier;

    public BigDecimal toBase(BigDecimal value) {
        return Quantity.toBase(value, multiplier);
    }
}
