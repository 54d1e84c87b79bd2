package org.yanhu.opendata.projects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A pledge as one import stated it, kept whole: a changed pledge adds a revision and never loses the old one. A
 * withdrawn pledge adds one too, with the entry as it stood and why it was withdrawn.
 */
@Entity
public class PledgeRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pledge_revision_ids")
    @SequenceGenerator(name = "pledge_revision_ids", sequenceName = "pledge_revision_id_seq", allocationSize = 50)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "pledge_id")
    public Pledge pledge;
    public int revision;
    public String content;
    public OffsetDateTime recordedAt;
    public String recordedBy;
    public String reason;
    /** Set on the revision that withdrew the pledge (its content is the entry as it stood). */
    public LocalDate withdrawnOn;
    public String withdrawalReasonZh;
    public String withdrawalReasonEn;
    public String replacedBy;
    public String mergedInto;
}
