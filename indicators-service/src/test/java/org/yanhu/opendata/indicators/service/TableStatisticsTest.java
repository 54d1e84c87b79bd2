package org.yanhu.opendata.indicators.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.api.datasource.TableStatistics;

/**
 * api-conventions' TableStatistics analyzes a table once the rows written since its last ANALYZE reach a tenth of it,
 * and leaves it alone before that. On a table of its own, so that no other test's rows are involved.
 */
@QuarkusTest
class TableStatisticsTest {

    private static final String TABLE = "table_statistics_probe";

    @Inject
    EntityManager em;

    @BeforeEach
    void create() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("create table " + TABLE
                + " as select g as id from generate_series(1, 5000) g").executeUpdate());
    }

    @AfterEach
    void drop() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("drop table " + TABLE).executeUpdate());
    }

    @Test
    void aTableNeverAnalyzedIsAnalyzedAfterABulkWrite() {
        assertEquals(0, estimatedRows(), "a new table has no statistics");
        QuarkusTransaction.requiringNew().run(() -> TableStatistics.refreshIfStale(em, 5000, List.of(TABLE)));
        assertEquals(5000, estimatedRows());
    }

    @Test
    void aSmallWriteToAnAnalyzedTableLeavesItsStatisticsAlone() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze " + TABLE).executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into " + TABLE
                + " select g from generate_series(5001, 5100) g").executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> TableStatistics.refreshIfStale(em, 100, List.of(TABLE)));
        assertEquals(5000, estimatedRows(), "100 rows on 5,000 is not a tenth");
    }

    private long estimatedRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select greatest(reltuples, 0)::bigint from pg_class where oid = to_regclass('" + TABLE + "')")
                .getSingleResult()).longValue());
    }
}
