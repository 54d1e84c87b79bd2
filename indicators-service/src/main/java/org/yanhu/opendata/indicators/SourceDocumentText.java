package org.yanhu.opendata.indicators;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The whole text of a source document, stored once so that every quote can be checked against it. */
@Entity
@Table(name = "source_text")
public class SourceDocumentText extends PanacheEntityBase {

    @Id
    public String sourceId;
    public String text;
    public int codePoints;
    public String sha256;
    public OffsetDateTime storedAt;
    public String storedBy;
}
