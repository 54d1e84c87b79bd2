package org.yanhu.opendata.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;
import org.yanhu.opendata.api.datasource.TableStatistics;

/**
 * Writes validated observation rows set-wise: COPY into a temporary table, then a few statements that
 * drop what is already published, number the new versions and move the current flag. The cost per row
 * stays flat however many rows the table already holds, which keeps a bulk import near raw COPY speed.
 */
@ApplicationScoped
public class ObservationWriter {

    /** A row ready for the database: every code already resolved and checked. */
    public record Row(long indicatorId, String region, String period, int periodStart, int periodEnd, String kind,
            String comparator, java.math.BigDecimal value, String unit, java.math.BigDecimal baseValue,
            String baseUnit, String source, String quote, java.time.LocalDate publishedOn) {
    }

    private static final String SERIES_MATCH = "o.indicator_id = r.indicator_id and o.region_code = r.region_code "
            + "and o.period = r.period and o.kind = r.kind";

    @Inject
    EntityManager em;

    /** Returns how many rows became new observations. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int write(List<Row> rows, String author) {
        if (rows.isEmpty()) {
            return 0;
        }
        // A batch with withdrawals writes twice in one transaction.
        em.createNativeQuery("drop table if exists import_row").executeUpdate();
        em.createNativeQuery("create temp table import_row (ord integer, indicator_id bigint, region_code varchar(6), "
                + "period varchar(9), period_start smallint, period_end smallint, kind varchar(8), comparator varchar(8), "
                + "value numeric, unit_code varchar(16), base_value numeric, base_unit varchar(32), source_id varchar(64), "
                + "quote text, published_on date) on commit drop").executeUpdate();
        copy(rows);
        em.createNativeQuery("analyze import_row").executeUpdate();
        em.createNativeQuery("delete from import_row r using observation o where " + SERIES_MATCH
                + " and o.source_id = r.source_id and o.value = r.value and o.comparator = r.comparator "
                + "and o.unit_code = r.unit_code and o.quote = r.quote").executeUpdate();
        // The newest statement of a series becomes current unless an older document was published later.
        em.createNativeQuery("update observation o set is_current = false from (select indicator_id, region_code, "
                + "period, kind, max(published_on) as latest from import_row group by 1, 2, 3, 4) r where o.is_current "
                + "and " + SERIES_MATCH + " and o.published_on <= r.latest").executeUpdate();
        int inserted = em.createNativeQuery("""
                insert into observation (indicator_id, region_code, period, period_start, period_end, kind, comparator,
                    value, unit_code, base_value, base_unit, source_id, quote, published_on, version, is_current,
                    recorded_at, recorded_by)
                select indicator_id, region_code, period, period_start, period_end, kind, comparator, value, unit_code,
                    base_value, base_unit, source_id, quote, published_on, prior_version + n,
                    n = last_n and (prior_published is null or prior_published <= published_on), now(), :author
                from (
                    select r.*,
                        row_number() over series_order as n,
                        count(*) over (partition by r.indicator_id, r.region_code, r.period, r.kind) as last_n,
                        coalesce((select max(o.version) from observation o where %1$s), 0) as prior_version,
                        (select max(o.published_on) from observation o where %1$s and o.withdrawn_on is null)
                            as prior_published
                    from import_row r
                    window series_order as (partition by r.indicator_id, r.region_code, r.period, r.kind
                        order by r.published_on, r.ord)
                ) numbered
                order by indicator_id, period_start, period_end, kind, ord
                """.formatted(SERIES_MATCH))
                .setParameter("author", author)
                .executeUpdate();
        TableStatistics.refreshIfStale(em, inserted, List.of("observation"));
        return inserted;
    }

    private void copy(List<Row> rows) {
        em.unwrap(Session.class).doWork(connection -> {
            try {
                PGConnection pg = connection.unwrap(PGConnection.class);
                CopyIn copy = pg.getCopyAPI().copyIn("copy import_row from stdin (format csv)");
                try (Writer out = new java.io.OutputStreamWriter(new PGCopyOutputStream(copy, 1 << 16),
                        java.nio.charset.StandardCharsets.UTF_8)) {
                    int ord = 0;
                    for (Row row : rows) {
                        out.write(Integer.toString(ord++));
                        out.write(',');
                        out.write(Long.toString(row.indicatorId()));
                        field(out, row.region());
                        field(out, row.period());
                        out.write(',');
                        out.write(Integer.toString(row.periodStart()));
                        out.write(',');
                        out.write(Integer.toString(row.periodEnd()));
                        field(out, row.kind());
                        field(out, row.comparator());
                        out.write(',');
                        out.write(row.value().toPlainString());
                        field(out, row.unit());
                        out.write(',');
                        out.write(row.baseValue().toPlainString());
                        field(out, row.baseUnit());
                        field(out, row.source());
                        field(out, row.quote());
                        out.write(',');
                        out.write(row.publishedOn().toString());
                        out.write('\n');
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into the import table failed", e);
            }
        });
    }

    /** A quoted CSV field, preceded by its separator. */
    private static void field(Writer out, String value) throws IOException {
        out.write(",\"");
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }
}
