package org.yanhu.opendata.api.provenance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import org.yanhu.opendata.api.i18n.Label;

/**
 * The columns that every service keeps of a document that figures are quoted from: its id, bilingual title and
 * publisher, publication date and attribution, the fields of a citation. Each data service maps them onto a
 * {@code source_document} table of its own with an entity that extends this class and adds what only it needs.
 */
@MappedSuperclass
public abstract class PublishedDocument extends PanacheEntityBase {

    @Id
    public String id;
    public String titleZh;
    public String titleEn;
    public String publisherZh;
    public String publisherEn;
    public LocalDate publishedOn;
    public String attribution;

    /** Sets the fields of a citation, for a document about to be stored. */
    public void describe(String id, Label title, Label publisher, LocalDate publishedOn, String attribution) {
        this.id = id;
        this.titleZh = title.zh();
        this.titleEn = title.en();
        this.publisherZh = publisher.zh();
        this.publisherEn = publisher.en();
        this.publishedOn = publishedOn;
        this.attribution = attribution;
    }
}
