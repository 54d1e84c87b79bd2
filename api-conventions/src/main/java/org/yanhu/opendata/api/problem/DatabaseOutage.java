package org.yanhu.opendata.api.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Tells a failure to reach the database from a bug: no connection could be had from the pool in time
 * (Agroal's acquisition timeout), a connection could not be opened or broke (SQLState class 08), or
 * the server is shutting down or cannot take connections (57P01, 57P02, 57P03, 53300). Such a failure
 * is a 503 with Retry-After: the service is fine and will answer again when PostgreSQL does.
 */
public final class DatabaseOutage {

    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    private static final Set<String> CONNECTION_EXCEPTIONS = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "io.agroal.pool.ConnectionFactory$ConnectionFactoryException");

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable error) {
        for (Throwable t : causes(error)) {
            if (CONNECTION_EXCEPTIONS.contains(t.getClass().getName())
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                    return true;
                }
                String message = String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT);
                if (message.contains("acquisition timeout") || message.contains("unable to acquire jdbc connection")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The error, its causes and what each suppressed, at most 64 of them. A transaction manager reports a
     * commit or rollback that failed on a broken connection as a suppressed exception of its own (Narayana's
     * RollbackException carries the XAException, and under it the driver's SQLException, so), not as a cause.
     */
    static List<Throwable> causes(Throwable error) {
        List<Throwable> found = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        if (error != null) {
            next.add(error);
        }
        while (!next.isEmpty() && found.size() < 64) {
            Throwable t = next.poll();
            if (!seen.add(t)) {
                continue;
            }
            found.add(t);
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            next.addAll(Arrays.asList(t.getSuppressed()));
        }
        return found;
    }
}
