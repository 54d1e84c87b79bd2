package org.yanhu.opendata.api.caching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The serialized bytes of the services' public answers, by request target and Accept, under the data version they
 * were written at. Published data changes a few times a year and is read all the time: a repeated read of the same
 * version is a map lookup and a write of bytes, with no query and no serialization ({@link ResponseBytesFilters}).
 * An entry is used only while the data version is the one it was stored under, so a write (through any instance:
 * the version is pushed by LISTEN/NOTIFY) is visible on the next read. Bounded in bytes; an answer larger than an
 * entry may be is passed on and not kept.
 */
@ApplicationScoped
public class ResponseBytes {

    /** A stored answer: its body, its media type and the headers the resource set, at one data version. */
    record Stored(long version, byte[] body, String mediaType, List<Map.Entry<String, String>> headers) {
    }

    @ConfigProperty(name = "api.response-cache.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "api.response-cache.max-bytes", defaultValue = "33554432")
    long maxBytes;

    @ConfigProperty(name = "api.response-cache.max-entry-bytes", defaultValue = "262144")
    int maxEntryBytes;

    @Inject
    Instance<MeterRegistry> registry;

    private Cache<String, Stored> store;
    private Counter hits;
    private Counter misses;

    @PostConstruct
    void create() {
        store = Caffeine.newBuilder().maximumWeight(maxBytes)
                .<String, Stored>weigher((key, stored) -> key.length() + stored.body().length + 256).build();
        if (registry.isResolvable()) {
            hits = Counter.builder("api.response.bytes").tag("result", "hit").register(registry.get());
            misses = Counter.builder("api.response.bytes").tag("result", "miss").register(registry.get());
        }
    }

    boolean enabled() {
        return enabled;
    }

    int maxEntryBytes() {
        return maxEntryBytes;
    }

    /** The answer stored for this key under this version, or null (counted as a hit or a miss). */
    Stored lookup(String key, long version) {
        Stored stored = store.getIfPresent(key);
        boolean hit = stored != null && stored.version() == version;
        if (hits != null) {
            (hit ? hits : misses).increment();
        }
        return hit ? stored : null;
    }

    void keep(String key, Stored stored) {
        store.put(key, stored);
    }
}
