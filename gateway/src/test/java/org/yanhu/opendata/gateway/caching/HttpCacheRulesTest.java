package org.yanhu.opendata.gateway.caching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cache's pure rules: directives, versions, freshness, and the two memory bounds held at once. */
class HttpCacheRulesTest {

    private static final long SECOND = 1_000_000_000L;

    private static HttpCache cache(int maxEntries, long maxBytes) {
        HttpCache cache = new HttpCache();
        cache.config = new CacheConfig() {
            public boolean enabled() {
                return true;
            }

            public int maxEntries() {
                return maxEntries;
            }

            public long maxBytes() {
                return maxBytes;
            }

            public int maxEntryBytes() {
                return 1 << 20;
            }

            public Duration maxFreshness() {
                return Duration.ofSeconds(1);
            }

            public int maxVariants() {
                return 8;
            }

            public long maxAssembledItems() {
                return 1000;
            }

            @Override
            public long maxAssembledBytes() {
                return 1 << 20;
            }
        };
        cache.registry = new SimpleMeterRegistry();
        cache.create();
        return cache;
    }

    private static CachedResponse entry(String uri, int bytes, String cacheControl, long version, long now) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/json")
                .add("Cache-Control", cacheControl).add("Vary", "Accept, Accept-Encoding")
                .add("ETag", "W/\"" + version + "-abc\"").add("X-Request-Id", "someone-elses");
        return CachedResponse.of("indicators", uri, MultiMap.caseInsensitiveMultiMap().add("Accept", "text/csv"),
                headers, Buffer.buffer(new byte[bytes]), now, SECOND);
    }

    @Test
    void directivesAreReadCaseInsensitivelyAcrossFieldsWithQuotedValues() {
        CacheControl control = CacheControl.of(List.of("Public, MAX-AGE=60", "no-cache=\"Set-Cookie, X-A\", s-maxage=5"));
        assertTrue(control.has("public"));
        assertEquals(60, control.seconds("max-age").getAsLong());
        assertEquals(5, control.seconds("s-maxage").getAsLong());
        assertEquals("Set-Cookie, X-A", control.directives().get("no-cache"));
        assertTrue(CacheControl.of(List.of("max-age=soon")).seconds("max-age").isEmpty());
    }

    @Test
    void theVersionComesFromDataVersionOrElseFromAServiceETag() {
        assertEquals(12, HttpCache.versionOf("12", "W/\"9-abc\""));
        assertEquals(9, HttpCache.versionOf(null, "W/\"9-abc\""));
        assertEquals(-1, HttpCache.versionOf(null, "\"a1b2\""));
        assertEquals(-1, HttpCache.versionOf(null, null));
    }

    @Test
    void anEntryIsFreshForItsMaxAgeCappedByTheMaximumFreshnessAndNoLongerThanItsVersion() {
        long now = 0;
        CachedResponse entry = entry("/api/v1/units", 10, "public, max-age=60", 7, now);
        assertTrue(entry.isFresh(now + SECOND / 2, 7));
        assertFalse(entry.isFresh(now + SECOND, 7), "the one-second cap");
        assertFalse(entry.isFresh(now, 8), "a newer version was seen");
        assertFalse(entry("/api/v1/units", 10, "public, no-cache", 7, now).isFresh(now, 7));
        assertFalse(entry("/api/v1/units", 10, "public, max-age=0", 7, now).isFresh(now, 7));
        assertNull(entry.headers.stream().filter(h -> h.getKey().equalsIgnoreCase("X-Request-Id")).findAny()
                .orElse(null), "another request's id is never stored");
    }

    @Test
    void theStoreHoldsAtMostMaxEntriesAndAtMostMaxBytes() {
        HttpCache byCount = cache(10, 1 << 20);
        for (int i = 0; i < 100; i++) {
            byCount.store(entry("/api/v1/units?i=" + i, 100, "public, max-age=60", 1, 0));
        }
        assertTrue(byCount.entries() <= 10, "entries: " + byCount.entries());

        HttpCache byBytes = cache(10_000, 100_000);
        for (int i = 0; i < 100; i++) {
            byBytes.store(entry("/api/v1/units?i=" + i, 10_000, "public, max-age=60", 1, 0));
        }
        assertTrue(byBytes.weight() <= 100_000, "bytes: " + byBytes.weight());
        assertTrue(byBytes.entries() <= 10, "entries: " + byBytes.entries());
        assertTrue(byBytes.entries() > 0);
    }
}
