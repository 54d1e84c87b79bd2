package org.yanhu.opendata.indicators;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.yanhu.opendata.api.quantity.Comparator;
import org.yanhu.opendata.api.quantity.Measure;
import org.yanhu.opendata.api.quantity.Quantity;

/** One published statement of a figure: a version within its series (indicator, region, period, kind). */
@Entity
public class Observation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;
    @ManyToOne(optional = false)
    @JoinColumn(name = "region_code")
    public Region region;
    public String period;
    public short periodStart;
    public short periodEnd;
    public String kind;
    public String comparator;
    /** The figure as published and in base units; {@code unit} below is the same unit as an entity. */
    @Embedded
    public Measure measure;
    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_code", insertable = false, updatable = false)
    public Unit unit;
    @ManyToOne(optional = false)
    @JoinColumn(name = "source_id")
    public SourceDocument source;
    public String quote;
    public LocalDate publishedOn;
    public int version;
    public boolean isCurrent;
    public OffsetDateTime recordedAt;
    /** Set when the row was withdrawn (kept, never current again), with why and what replaces it. */
    public LocalDate withdrawnOn;
    public String withdrawalReasonZh;
    public String withdrawalReasonEn;
    public String replacedBy;
    public String mergedInto;
    public String recordedBy;

    /** The figure with its qualifier. */
    public Quantity quantity() {
        return measure.quantity(Comparator.of(comparator).orElseThrow());
    }
}
