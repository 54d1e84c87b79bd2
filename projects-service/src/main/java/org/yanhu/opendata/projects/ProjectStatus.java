package org.yanhu.opendata.projects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A project status of the closed list, with its OC4IDS projectStatus code. */
@Entity
public class ProjectStatus extends PanacheEntityBase {

    @Id
    public String code;
    public String nameZh;
    public String nameEn;
    public String descriptionEn;
    public String oc4idsCode;
    public short position;
}
