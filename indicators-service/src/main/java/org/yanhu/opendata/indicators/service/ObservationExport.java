package org.yanhu.opendata.indicators.service;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Streams every matching observation as CSV through a database cursor: rows are read, written and
 * forgotten one at a time, so exporting millions of rows takes the same memory as exporting ten.
 */
@ApplicationScoped
public class ObservationExport {

    public static final List<String> COLUMNS = List.of("id", "indicator", "region", "period", "kind", "comparator",
            "value", "unit", "base_value", "base_unit", "source", "published_on", "quote", "version", "is_current");
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Inject
    EntityManager em;

    @Transactional
    public void writeCsv(ObservationFilter filter, boolean bom, OutputStream out) {
        Parameters params = new Parameters();
        String where = ObservationQuery.where(filter, params);
        var query = em.createQuery("select i.code, o.region.code, o.period, o.kind, o.comparator, o.value, o.unit.code, "
                + "o.baseValue, o.baseUnit, o.source.id, o.publishedOn, o.quote, o.version, o.isCurrent "
                + "from Observation o join o.indicator i where " + where
                + " order by i.id, o.periodStart, o.periodEnd, o.kind, o.id", Tuple.class)
                .setHint("org.hibernate.fetchSize", 2000)
                .setHint("org.hibernate.readOnly", true);
        params.map().forEach(query::setParameter);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        try {
            if (bom) {
                out.write(BOM);
            }
            try (SequenceWriter writer = CSV.writer(schema.build()).writeValues(out);
                    Stream<Tuple> rows = query.getResultStream()) {
                for (var it = rows.iterator(); it.hasNext();) {
                    Tuple t = it.next();
                    writer.write(Arrays.asList(
                            t.get(0) + "." + t.get(1) + "." + t.get(2) + "." + t.get(3) + ".v" + t.get(12),
                            t.get(0), t.get(1), t.get(2), t.get(3), t.get(4), plain(t.get(5)), t.get(6),
                            plain(t.get(7)), t.get(8), t.get(9), String.valueOf(t.get(10)), t.get(11), t.get(12),
                            t.get(13)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(Object number) {
        return ((BigDecimal) number).stripTrailingZeros().toPlainString();
    }
}
