package org.yanhu.opendata.indicators;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import org.yanhu.opendata.api.quantity.UnitScale;

/** A unit as published (亿元) and how to reach its base unit (× 100000000 = CNY). */
@Entity
public class Unit extends PanacheEntityBase {

    @Id
    public String code;
    public String nameZh;
    public String nameEn;
    @Embedded
    public UnitScale scale;

    public BigDecimal toBase(BigDecimal value) {
        return scale.toBase(value);
    }
}
