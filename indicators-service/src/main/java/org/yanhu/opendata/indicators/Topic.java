package org.yanhu.opendata.indicators;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Topic extends PanacheEntityBase {

    @Id
    public String code;
    public String nameZh;
    public String nameEn;
}
