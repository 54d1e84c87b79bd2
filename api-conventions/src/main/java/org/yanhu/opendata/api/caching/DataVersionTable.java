package org.yanhu.opendata.api.caching;

import io.quarkus.arc.DefaultBean;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The data version kept in the one-row table {@code data_version (id = 1, version, changed_at)} that each
 * service's first migration creates, read at most once a second per instance. Other instances see a
 * write within that second; this instance sees its own at once. It is a bean in every module with a
 * datasource, so a service injects {@code DataVersionTable} and declares nothing; a module without a
 * database (the gateway) has none.
 */
@ApplicationScoped
@DefaultBean
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class DataVersionTable implements DataVersion {

    private static final long REFRESH_NANOS = 1_000_000_000L;

    @Inject
    EntityManager em;

    private final AtomicLong version = new AtomicLong(-1);
    private volatile long readAt;

    @Override
    @Transactional
    public long current() {
        long now = System.nanoTime();
        if (version.get() < 0 || now - readAt > REFRESH_NANOS) {
            Number read = (Number) em.createNativeQuery("select version from data_version where id = 1")
                    .getSingleResult();
            version.set(read.longValue());
            readAt = now;
        }
        return version.get();
    }

    /** Moves the version on inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long bump() {
        Number next = (Number) em.createNativeQuery(
                "update data_version set version = version + 1, changed_at = now() where id = 1 returning version")
                .getSingleResult();
        version.set(next.longValue());
        readAt = System.nanoTime();
        return next.longValue();
    }
}
