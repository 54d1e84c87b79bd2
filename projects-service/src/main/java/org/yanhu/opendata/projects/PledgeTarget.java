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

/** A checkable number in a pledge: at least 20 个 compounds, 150 兆瓦 ... */
@Entity
public class PledgeTarget extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pledge_target_ids")
    @SequenceGenerator(name = "pledge_target_ids", sequenceName = "pledge_target_id_seq", allocationSize = 50)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "pledge_id")
    public Pledge pledge;
    public int position;
    public String code;
    public String comparator;
    @Embedded
    public Measure measure;
    /** The unit of {@link #measure}, for its labels; written through {@code measure}. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_code", insertable = false, updatable = false)
    public Unit unit;
}
