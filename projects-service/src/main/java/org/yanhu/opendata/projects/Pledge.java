package org.yanhu.opendata.projects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A dated promise of a plan year, in its current revision. The status is derived from the outcomes
 * (see {@code PledgeStatusRule}) and stored so that lists can filter on it.
 */
@Entity
public class Pledge extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pledge_ids")
    @SequenceGenerator(name = "pledge_ids", sequenceName = "pledge_id_seq", allocationSize = 50)
    public Long id;
    public String slug;
    public short year;
    public Short number;
    public boolean livelihood;
    @ManyToOne(optional = false)
    @JoinColumn(name = "sector_code")
    public Sector sector;
    public String textZh;
    public String textEn;
    @ManyToOne(optional = false)
    @JoinColumn(name = "source_id")
    public SourceDocument source;
    public String quote;
    public String status;
    /** The evidence of the outcome the status comes from (stated, inferred); null without an outcome. */
    public String statusEvidence;
    public int revision;
    /** Set by a withdrawal revision: the pledge is kept, out of lists and the scorecard. */
    public LocalDate withdrawnOn;
    public String withdrawalReasonZh;
    public String withdrawalReasonEn;
    public String replacedBy;
    public String mergedInto;
    @ManyToMany
    @JoinTable(name = "pledge_project", joinColumns = @JoinColumn(name = "pledge_id"),
            inverseJoinColumns = @JoinColumn(name = "project_id"))
    @OrderBy("slug")
    public List<Project> projects = new ArrayList<>();

    public static Optional<Pledge> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
