package org.yanhu.opendata.indicators;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A GB/T 2260 administrative division. */
@Entity
public class Region extends PanacheEntityBase {

    @Id
    public String code;
    public String nameZh;
    public String nameEn;
    public String level;
    public String parentCode;
}
