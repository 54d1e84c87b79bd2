package org.yanhu.opendata.projects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A GB/T 2260 region; every project of the reports lies in 140802 (盐湖区). */
@Entity
public class Region extends PanacheEntityBase {

    public static final String YANHU = "140802";

    @Id
    public String code;
    public String nameZh;
    public String nameEn;
}
