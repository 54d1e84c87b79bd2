package org.yanhu.opendata.projects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.yanhu.opendata.api.quantity.Measure;

/** A number the text gives for a project (capacity, length ...), with its citation and the release that added it. */
@Entity
public class ProjectMetric extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_metric_ids")
    @SequenceGenerator(name = "project_metric_ids", sequenceName = "project_metric_id_seq", allocationSize = 50)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id")
    public Project project;
    @ManyToOne(optional = false)
    @JoinColumn(name = "release_id")
    public ProjectRelease release;
    public int position;
    public String code;
    @Embedded
    public Measure measure;
    /** The unit of {@link #measure}, for its labels; written through {@code measure}. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_code", insertable = false, updatable = false)
    public Unit unit;
    @ManyToOne(optional = false)
    @JoinColumn(name = "source_id")
    public SourceDocument source;
    public String quote;
    /** The qualifier of the quote: eq, gt, gte, lt, lte or approx. */
    public String comparator = "eq";
}
