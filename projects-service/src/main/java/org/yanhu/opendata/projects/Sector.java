package org.yanhu.opendata.projects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A sector code: a group such as {@code energy} or a dotted code such as {@code energy.solar}. */
@Entity
public class Sector extends PanacheEntityBase {

    @Id
    public String code;
    public String parentCode;
    public String nameZh;
    public String nameEn;
    public String oc4idsCode;
    public short position;

    public boolean isGroup() {
        return parentCode == null;
    }
}
