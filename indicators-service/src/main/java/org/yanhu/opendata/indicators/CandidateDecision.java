package org.yanhu.opendata.indicators;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** One reviewer's decision on a candidate: never updated, so the list of them is the candidate's history. */
@Entity
public class CandidateDecision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String candidateId;
    public String decision;
    public String indicator;
    public String note;
    /** The corrections the reviewer made, as the JSON they sent. */
    public String corrections;
    public Long observationId;
    public String decidedBy;
    public OffsetDateTime decidedAt;
}
