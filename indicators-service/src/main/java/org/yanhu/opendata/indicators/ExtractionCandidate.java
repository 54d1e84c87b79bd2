package org.yanhu.opendata.indicators;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A figure the extractor proposed from a source text, waiting for or carrying a reviewer's decision.
 * {@code quoteStart}/{@code quoteEnd} and {@code valueStart}/{@code valueEnd} are code-point offsets in the
 * stored text.
 */
@Entity
public class ExtractionCandidate extends PanacheEntityBase {

    @Id
    public String id;
    public String sourceId;
    public BigDecimal value;
    public String valueText;
    public String unit;
    public BigDecimal multiplier;
    public BigDecimal baseValue;
    public String baseUnit;
    public String comparator;
    public String kind;
    public String period;
    public String quote;
    public int quoteStart;
    public int quoteEnd;
    public int valueStart;
    public int valueEnd;
    public String section;
    public String suggestedIndicator;
    public BigDecimal suggestedScore;
    public String status;
    public Long observationId;
    public OffsetDateTime extractedAt;
}
