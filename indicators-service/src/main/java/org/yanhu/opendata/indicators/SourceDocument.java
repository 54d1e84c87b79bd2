package org.yanhu.opendata.indicators;

import jakarta.persistence.Entity;
import java.time.LocalDate;
import org.yanhu.opendata.api.provenance.PublishedDocument;

/** A published document that figures are cited from, with the meeting it was delivered at and the region it covers. */
@Entity
public class SourceDocument extends PublishedDocument {

    public String eventZh;
    public String eventEn;
    public LocalDate sessionStart;
    public LocalDate sessionEnd;
    public String covers;
    public String regionCode;
}
