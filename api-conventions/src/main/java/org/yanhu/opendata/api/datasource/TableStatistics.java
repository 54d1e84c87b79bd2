package org.yanhu.opendata.api.datasource;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Keeps the planner's statistics fresh after a bulk write, by autovacuum's own rule applied at once: a table is
 * analyzed when the rows written since its last ANALYZE reach a tenth of it (and at least {@link #MIN_ROWS}).
 * Right after a load of millions of rows autovacuum may not have run yet; the list plans then see an empty table
 * (at nine million observations a first page counted them all, 1.7 s; at a million projects the metrics lookup read
 * every metric).
 */
public final class TableStatistics {

    /** Fewer rows written since the last ANALYZE never make one. */
    public static final int MIN_ROWS = 1000;

    private TableStatistics() {
    }

    /**
     * Analyzes those of the tables that have grown stale; {@code justWritten} counts the rows written by the caller's
     * own transaction, which the statistics views do not show yet.
     */
    public static void refreshIfStale(EntityManager em, long justWritten, List<String> tables) {
        for (String table : tables) {
            // The table on the search path, as the queries see it (a database may hold copies in other schemas).
            Object[] row = (Object[]) em.createNativeQuery("select greatest(c.reltuples, 0)::bigint, "
                    + "coalesce(s.n_mod_since_analyze, 0) from pg_class c left join pg_stat_user_tables s "
                    + "on s.relid = c.oid where c.oid = to_regclass(cast(:table as text))")
                    .setParameter("table", table).getSingleResult();
            long rows = ((Number) row[0]).longValue();
            long changed = ((Number) row[1]).longValue() + justWritten;
            if (changed >= MIN_ROWS && changed * 10 >= rows) {
                em.createNativeQuery("analyze " + table).executeUpdate();
            }
        }
    }
}
