package org.yanhu.opendata.api.caching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The serialized bytes of the services' public answers, by request target and Accept, under the data version they
 * were written at. Published data changes a few times a year and is read all the time: a repeated read of the same
 * version is a map lookup and a write of bytes, with no query and no serialization.
 * An entry is used only while the data version is the one it was stored under, so a write (through any instance:
 * the version is pushed by LISTEN/NOTIFY) is visible on the next read. Bounded in bytes; an answer larger than an
 * entry may be is passed on and not kept. A hit is answered by {@link ResponseBytesRoute} before Quarkus REST when
 * the version is known without a query, else by {@link ResponseBytesFilters}.
 */
@ApplicationScoped
public class ResponseBytes {

    private static final List<String> CREDENTIALS = List.of("Authorization", "X-Api-Key", "Api-Key");

    /**
     * A stored answer at one data version: its body, its media type and every header it went out with but those
     * that are the request's own (the request id) or the transport's (Date, Content-Length, Transfer-Encoding).
     */
    record Stored(long version, byte[] body, String mediaType, List<Map.Entry<String, String>> headers) {
    }

    /** An answer's key: the request target as sent, and what it accepts (the answers {@code Vary} on it). */
    static String key(HttpServerRequest request) {
        return request.path() + '?' + request.query() + '\n' + request.getHeader(HttpHeaders.ACCEPT);
    }

    /**
     * Whether a read may be answered from the store, or kept in it: a GET under /api without credentials, not
     * conditional (a 304 is {@link ConditionalGet}'s or the resource's to give), and not asked afresh.
     */
    static boolean isPublicRead(HttpServerRequest request) {
        if (request.method() != HttpMethod.GET || !request.path().startsWith("/api/")) {
            return false;
        }
        MultiMap headers = request.headers();
        for (String credential : CREDENTIALS) {
            if (headers.contains(credential)) {
                return false;
            }
        }
        if (headers.contains(HttpHeaders.IF_NONE_MATCH) || headers.contains(HttpHeaders.IF_MODIFIED_SINCE)) {
            return false;
        }
        String asked = headers.get(HttpHeaders.CACHE_CONTROL);
        String pragma = headers.get("Pragma");
        return (asked == null || !asked.toLowerCase(Locale.ROOT).contains("no-cache"))
                && (pragma == null || !pragma.toLowerCase(Locale.ROOT).contains("no-cache"));
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
    private Counter routeHits;
    private Counter filterHits;
    private Counter misses;

    @PostConstruct
    void create() {
        store = Caffeine.newBuilder().maximumWeight(maxBytes)
                .<String, Stored>weigher((key, stored) -> key.length() + stored.body().length + 256).build();
        if (registry.isResolvable()) {
            routeHits = Counter.builder("api.response.bytes").tag("result", "hit").tag("answered_by", "route")
                    .register(registry.get());
            filterHits = Counter.builder("api.response.bytes").tag("result", "hit").tag("answered_by", "filter")
                    .register(registry.get());
            misses = Counter.builder("api.response.bytes").tag("result", "miss").tag("answered_by", "resource")
                    .register(registry.get());
        }
    }

    boolean enabled() {
        return enabled;
    }

    int maxEntryBytes() {
        return maxEntryBytes;
    }

    /**
     * The answer stored for this key under this version, or null; counted as a hit of the route or of the filter,
     * or as a miss (which the resource answers).
     */
    Stored lookup(String key, long version, boolean byRoute) {
        Stored stored = store.getIfPresent(key);
        boolean hit = stored != null && stored.version() == version;
        if (misses != null) {
            (hit ? byRoute ? routeHits : filterHits : misses).increment();
        }
        return hit ? stored : null;
    }

    void keep(String key, Stored stored) {
        store.put(key, stored);
    }
}
