package org.yanhu.opendata.api.datasource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Whether the read-only datasource has replayed the primary's last known write, so that no response
 * pairs a new data version (and so a new ETag, which caches keep) with rows from before it.
 *
 * <p>When this instance learns of another instance's new data version it records the primary's WAL
 * position ({@link #awaitReplay(String)}). For its own write it reads from the primary from the write on
 * ({@link #awaitCommit()}), and after the commit asks the primary for its position, which is then at or
 * past the commit ({@link #committed()}). Until the read datasource reports that it has replayed
 * that position ({@code pg_last_wal_replay_lsn() >= lsn}), {@link #caughtUp()} is false and reads go to
 * the primary. A read datasource that is not a standby ({@code pg_is_in_recovery()} false: locally, the
 * same server with a SELECT-only role) has caught up by definition. The replica is asked at most every
 * {@value #CHECK_NANOS} ns, on the request thread, with a short statement timeout.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.hibernate-orm.multitenant", stringValue = "DATABASE")
public class ReplicaFreshness {

    private static final Logger LOG = Logger.getLogger(ReplicaFreshness.class);
    private static final long CHECK_NANOS = 100_000_000L;
    /** Our own write is committing: its WAL position does not exist yet. */
    private static final String COMMITTING = "committing";
    /** Our own write has committed: the primary's current position is at or past it. */
    private static final String COMMITTED = "committed";

    @Inject
    @DataSource(ReadWriteSplit.READ)
    AgroalDataSource read;

    @Inject
    AgroalDataSource primary;

    /** null: caught up; COMMITTING or COMMITTED: our own write; otherwise the LSN to wait for. */
    private final AtomicReference<String> awaited = new AtomicReference<>();
    private volatile long checkedAt;

    /** True when nothing is awaited: the check of every read, with no interceptor and no transaction suspended. */
    public boolean nothingAwaited() {
        return awaited.get() == null;
    }

    /**
     * True when reads may go to the read datasource. Its own checks run outside the caller's transaction,
     * which must enlist one datasource only.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean caughtUp() {
        String lsn = awaited.get();
        if (lsn == null) {
            return true;
        }
        if (lsn == COMMITTING) {
            return false;
        }
        if (lsn == COMMITTED) {
            String position = primaryPosition();
            if (position == null || !awaited.compareAndSet(COMMITTED, position)) {
                return false;
            }
            lsn = position;
            checkedAt = 0;
        }
        long now = System.nanoTime();
        if (now - checkedAt < CHECK_NANOS) {
            return false;
        }
        checkedAt = now;
        if (replayed(lsn)) {
            awaited.compareAndSet(lsn, null);
            return true;
        }
        return false;
    }

    /** This instance is writing: read from the primary until the write's WAL position is known. */
    public void awaitCommit() {
        awaited.set(COMMITTING);
    }

    /** A data version is visible on the primary at WAL position {@code lsn}: wait for the replica to replay it. */
    public void awaitReplay(String lsn) {
        awaited.set(lsn);
        checkedAt = 0;
    }

    /** This instance's write has committed. */
    public void committed() {
        awaited.compareAndSet(COMMITTING, COMMITTED);
    }

    /** The write this instance was committing ended without a version change to wait for. */
    public void writeAbandoned() {
        awaited.compareAndSet(COMMITTING, null);
    }

    private String primaryPosition() {
        try (Connection connection = primary.getConnection();
                PreparedStatement statement = connection.prepareStatement("select pg_current_wal_lsn()::text");
                ResultSet result = statement.executeQuery()) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            LOG.debugf("the primary's WAL position could not be read: %s", e.getMessage());
            return null;
        }
    }

    private boolean replayed(String lsn) {
        try (Connection connection = read.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select not pg_is_in_recovery() or pg_last_wal_replay_lsn() >= ?::pg_lsn")) {
            statement.setQueryTimeout(1);
            statement.setString(1, lsn);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        } catch (SQLException e) {
            // An unreachable replica is not caught up: the primary serves until it answers.
            LOG.debugf("read datasource not checked for replay of %s: %s", lsn, e.getMessage());
            return false;
        }
    }
}
