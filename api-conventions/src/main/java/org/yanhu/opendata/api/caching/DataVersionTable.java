package org.yanhu.opendata.api.caching;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.DefaultBean;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
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
 * service's first migration creates, read at most once a second per instance. Other instances see a
 * write within that second; this instance sees its own as soon as it commits. It is a bean in every
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

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource primary;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Instance<ReplicaFreshness> replica;

    private final AtomicLong version = new AtomicLong(-1);
    private volatile long readAt;

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long current() {
        long now = System.nanoTime();
        if (version.get() < 0 || now - readAt > REFRESH_NANOS) {
            refresh(now);
        }
        return version.get();
    }

    private void refresh(long now) {
        try (Connection connection = primary.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select version, pg_current_wal_lsn()::text from data_version where id = 1")) {
            row.next();
            long read = row.getLong(1);
            long known = version.getAndAccumulate(read, Math::max);
            if (known >= 0 && read > known && replica.isResolvable()) {
                replica.get().awaitReplay(row.getString(2));
            }
            readAt = now;
        } catch (SQLException e) {
            throw new PersistenceException("the data version could not be read", e);
        }
    }

    /**
     * Moves the version on inside the caller's transaction. This instance serves the new version once
     * the transaction has committed, never before: until then its rows are not visible to other sessions.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long bump() {
        Number next = (Number) em.createNativeQuery(
                "update data_version set version = version + 1, changed_at = now() where id = 1 returning version")
                .getSingleResult();
        long bumped = next.longValue();
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
                    version.accumulateAndGet(bumped, Math::max);
                    readAt = System.nanoTime();
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
