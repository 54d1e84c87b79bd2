package org.yanhu.opendata.indicators.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Streams every matching observation through a database cursor: rows are read, handed on and forgotten
 * one at a time, so exporting millions of rows takes the same memory as exporting ten.
 */
@ApplicationScoped
public class ObservationExport {

    /** One exported observation, flat. */
    public record Row(String indicator, String region, String period, String kind, String comparator,
            BigDecimal value, String unit, BigDecimal baseValue, String baseUnit, String source, LocalDate publishedOn,
            String quote, int version, boolean isCurrent) {
    }

    @Inject
    EntityManager em;

    @Transactional
    public void forEach(ObservationFilter filter, Consumer<Row> each) {
        Parameters params = new Parameters();
        String where = ObservationQuery.where(filter, params);
        var query = em.createQuery("select i.code, o.region.code, o.period, o.kind, o.comparator, o.measure.value, o.unit.code, "
                + "o.measure.baseValue, o.measure.baseUnit, o.source.id, o.publishedOn, o.quote, o.version, o.isCurrent "
                + "from Observation o join o.indicator i where " + where
                + " order by i.id, o.periodStart, o.periodEnd, o.kind, o.id", Tuple.class)
                .setHint("org.hibernate.fetchSize", 2000)
                .setHint("org.hibernate.readOnly", true);
        params.map().forEach(query::setParameter);
        try (Stream<Tuple> rows = query.getResultStream()) {
            rows.forEach(t -> each.accept(new Row(t.get(0, String.class), t.get(1, String.class), t.get(2, String.class),
                    t.get(3, String.class), t.get(4, String.class), t.get(5, BigDecimal.class), t.get(6, String.class),
                    t.get(7, BigDecimal.class), t.get(8, String.class), t.get(9, String.class),
                    t.get(10, LocalDate.class), t.get(11, String.class), t.get(12, Integer.class),
                    t.get(13, Boolean.class))));
        }
    }
}
