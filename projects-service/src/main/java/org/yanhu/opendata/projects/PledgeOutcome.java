package org.yanhu.opendata.projects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** What a later document reports on a pledge, quoted, with our judgement of it against the pledge. */
@Entity
public class PledgeOutcome extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pledge_outcome_ids")
    @SequenceGenerator(name = "pledge_outcome_ids", sequenceName = "pledge_outcome_id_seq", allocationSize = 50)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "pledge_id")
    public Pledge pledge;
    public int position;
    @ManyToOne(optional = false)
    @JoinColumn(name = "source_id")
    public SourceDocument source;
    public String quote;
    public String judgement;
    /** stated or inferred. */
    public String evidence;
    public String noteZh;
    public String noteEn;
}
