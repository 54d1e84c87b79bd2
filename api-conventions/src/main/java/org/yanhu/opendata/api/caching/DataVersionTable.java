package org.yanhu.opendata.api.caching;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.DefaultBean;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import org.yanhu.opendata.api.datasource.ReplicaFreshness;

/**
 * The data version kept in the one-row table {@code data_version (id = 1, version, changed_at)} that each
 * service's first migration creates. A write moves it on and notifies every instance when it commits
 * ({@link DataVersionListener}), so a read costs no query; while the listener is disconnected the table is
 * read at most once a second instead. This instance sees its own write as soon as it commits. It is a bean in every
 * module with a datasource, so a service injects {@code DataVersionTable} and declares nothing; a module
 * without a database (the gateway) has none.
 *
 * <p>The version is always read from the primary (the default datasource), on a connection of its own
 * outside any transaction, so that a read served by the read-only datasource never enlists a second
 * resource. When a service splits reads from writes, a version change also tells
 * {@link ReplicaFreshness} which WAL position the replica must replay before reads may leave the primary.
 */
@ApplicationScoped
@DefaultBean
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class DataVersionTable implements DataVersion {

    private static final long REFRESH_NANOS = 1_000_000_000L;
    /** The version and the primary's WAL position at which it is visible. */
    static final String READ = "select version, pg_current_wal_lsn()::text from data_version where id = 1";

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource primary;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Instance<ReplicaFreshness> replica;

    @Inject
    Instance<DataVersionListener> listener;

    @Inject
    Event<DataVersionChanged> changes;

    private final AtomicLong version = new AtomicLong(-1);
    private volatile long readAt;

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long current() {
        long known = version.get();
        if (known >= 0 && listening()) {
            return known;
        }
        long now = System.nanoTime();
        if (known < 0 || now - readAt > REFRESH_NANOS) {
            try (Connection connection = primary.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery(READ)) {
                row.next();
                observed(row.getLong(1), row.getString(2));
                readAt = now;
            } catch (SQLException e) {
                throw new PersistenceException("the data version could not be read", e);
            }
        }
        return version.get();
    }

    @Override
    public long known() {
        long known = version.get();
        return known >= 0 && listening() ? known : -1;
    }

    private boolean listening() {
        return listener.isResolvable() && listener.get().live();
    }

    /**
     * A version read from the primary, visible there at WAL position {@code lsn}. A newer one than this
     * instance knew of tells the read/write split to wait for the replica to replay it.
     */
    void observed(long read, String lsn) {
        long known = version.getAndAccumulate(read, Math::max);
        if (known >= 0 && read > known && replica.isResolvable()) {
            replica.get().awaitReplay(lsn);
        }
        if (read > known) {
            changes.fire(new DataVersionChanged(read));
        }
    }

    /**
     * Moves the version on inside the caller's transaction. This instance serves the new version once
     * the transaction has committed, never before: until then its rows are not visible to other sessions.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long bump() {
        // The notification is delivered to every listener when, and only if, the transaction commits.
        Object[] moved = (Object[]) em.createNativeQuery("""
                with moved as (update data_version set version = version + 1, changed_at = now() where id = 1
                               returning version)
                select version, pg_notify('%s', version::text) from moved""".formatted(DataVersionListener.CHANNEL))
                .getSingleResult();
        long bumped = ((Number) moved[0]).longValue();
        ReplicaFreshness freshness = replica.isResolvable() ? replica.get() : null;
        if (freshness != null) {
            freshness.awaitCommit();
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    long known = version.getAndAccumulate(bumped, Math::max);
                    readAt = System.nanoTime();
                    if (bumped > known) {
                        changes.fire(new DataVersionChanged(bumped));
                    }
                    if (freshness != null) {
                        freshness.committed();
                    }
                } else if (freshness != null) {
                    freshness.writeAbandoned();
                }
            }
        });
        return bumped;
    }
}
