package org.yanhu.opendata.indicators;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A published document that figures are cited from. */
@Entity
public class SourceDocument extends PanacheEntityBase {

    @Id
    public String id;
    public String titleZh;
    public String titleEn;
    public String publisherZh;
    public String publisherEn;
    public String eventZh;
    public String eventEn;
    public LocalDate sessionStart;
    public LocalDate sessionEnd;
    public LocalDate publishedOn;
    public String covers;
    public String attribution;
    public String regionCode;
}
