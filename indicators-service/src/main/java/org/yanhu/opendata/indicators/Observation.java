package org.yanhu.opendata.indicators;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

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
    public BigDecimal value;
    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_code")
    public Unit unit;
    public BigDecimal baseValue;
    public String baseUnit;
    @ManyToOne(optional = false)
    @JoinColumn(name = "source_id")
    public SourceDocument source;
    public String quote;
    public LocalDate publishedOn;
    public int version;
    public boolean isCurrent;
    public OffsetDateTime recordedAt;
    public String recordedBy;
}
