package org.yanhu.opendata.api.caching;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Empties every {@code @CacheResult} cache of the service when the data version moves on, whichever instance
 * wrote. The services key their cached results by the data version, so an entry of an older version can never
 * be served again; dropping them frees their memory at once instead of when the size bound pushes them out.
 * This one observer replaces an {@code @CacheInvalidateAll} per cache on every write method, which had to name
 * each cache and reached only the instance that wrote.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class SupersededCacheEntries {

    private static final Logger LOG = Logger.getLogger(SupersededCacheEntries.class);

    @Inject
    CacheManager caches;

    void drop(@Observes DataVersionChanged change) {
        for (String name : caches.getCacheNames()) {
            caches.getCache(name).map(Cache::invalidateAll).ifPresent(done -> done.subscribe().with(
                    ignored -> LOG.debugf("cache %s emptied at data version %d", name, change.version()),
                    failure -> LOG.warnf(failure, "cache %s could not be emptied", name)));
        }
    }
}
