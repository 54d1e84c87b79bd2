package org.yanhu.opendata.indicators;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Optional;

@Entity
public class Indicator extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    @ManyToOne(optional = false)
    @JoinColumn(name = "topic_code")
    public Topic topic;
    public String nameZh;
    public String nameEn;
    public String descriptionZh;
    public String descriptionEn;
    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_code")
    public Unit unit;
    /** level, flow or change (see {@link IndicatorMeasure}). */
    public String measure;

    public static Optional<Indicator> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
