package org.yanhu.opendata.gateway.caching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.yanhu.opendata.gateway.config.GatewayConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gateway's shared HTTP cache (RFC 9111) for the services' public reads. Caffeine keeps the stored
 * answers, bounded by bytes and by count; this class decides what may be stored and used, coalesces a
 * burst of misses into one upstream call, and tracks the newest data version seen from each service.
 *
 * <p>Never consulted for a request with Authorization or an API key header, nor with {@code Cache-Control:
 * no-store}; never stores anything but a 200 to a GET that says it may be shared ({@code public} or {@code
 * max-age}/{@code s-maxage}, no {@code private}, {@code no-store} or Set-Cookie), nor an answer larger than
 * {@code gateway.cache.max-entry-bytes}.
 */
@ApplicationScoped
public class HttpCache {

    public static final String DATA_VERSION = "Data-Version";
    public static final String X_CACHE = "X-Cache";
    public static final String HIT = "hit";
    public static final String MISS = "miss";
    public static final String REVALIDATED = "revalidated";
    public static final String BYPASS = "bypass";
    /** Request headers that carry credentials: such a request is never answered from, nor stored in, the cache. */
    private static final List<CharSequence> CREDENTIALS = List.of(HttpHeaders.AUTHORIZATION,
            HttpHeaders.createOptimized("X-Api-Key"), HttpHeaders.createOptimized("Api-Key"));
    static final CharSequence PRAGMA = HttpHeaders.createOptimized("Pragma");
    /** The fields every answer from the cache carries, made once (Netty AsciiStrings: hashed and written as they are). */
    static final CharSequence AGE_FIELD = HttpHeaders.createOptimized("Age");
    static final CharSequence X_CACHE_FIELD = HttpHeaders.createOptimized(X_CACHE);
    static final CharSequence HIT_FIELD = HttpHeaders.createOptimized(HIT);

    @Inject
    GatewayConfig gateway;

    CacheConfig config;

    @Inject
    MeterRegistry registry;

    /** How long a representation whose last answer could not be stored is asked for without coalescing. */
    private static final Duration UNCACHEABLE_FOR = Duration.ofSeconds(10);

    private Cache<String, List<CachedResponse>> store;
    /**
     * Representations whose last answer could not be stored (an error, no caching policy): requests for them go
     * on at once instead of queueing behind each other ("hit-for-pass"), and still store an answer that can be.
     */
    private Cache<String, Boolean> uncacheable;
    private final Map<String, Fill> fills = new ConcurrentHashMap<>();
    private final Map<HttpServerRequest, Fill> leaders = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> newestVersions = new ConcurrentHashMap<>();
    private long maxFreshnessNanos;
    private int minWeight;
    private Counter hits;
    private Counter misses;
    private Counter revalidations;

    @PostConstruct
    void create() {
        if (config == null) {
            config = gateway.cache();
        }
        uncacheable = Caffeine.newBuilder().maximumSize(config.maxEntries()).expireAfterWrite(UNCACHEABLE_FOR).build();
        maxFreshnessNanos = config.maxFreshness().toNanos();
        // Every entry weighs at least max-bytes / max-entries, so the one weight bound is also the count bound.
        minWeight = (int) Math.min(Integer.MAX_VALUE, Math.max(1, ceilDiv(config.maxBytes(), config.maxEntries())));
        store = Caffeine.newBuilder()
                .maximumWeight(config.maxBytes())
                .<String, List<CachedResponse>>weigher((uri, variants) -> {
                    long weight = 0;
                    for (CachedResponse variant : variants) {
                        weight += Math.max(minWeight, variant.weight);
                    }
                    return (int) Math.min(Integer.MAX_VALUE, weight);
                })
                .build();
        hits = Counter.builder("gateway.cache.requests").tag("result", HIT).register(registry);
        misses = Counter.builder("gateway.cache.requests").tag("result", MISS).register(registry);
        revalidations = Counter.builder("gateway.cache.requests").tag("result", REVALIDATED).register(registry);
        Gauge.builder("gateway.cache.bytes", this, HttpCache::weight)
                .description("Weight of the stored answers (at least max-bytes/max-entries each)").register(registry);
        Gauge.builder("gateway.cache.entries", this, HttpCache::entries).register(registry);
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** Whether the cache may answer or store for this request at all. */
    public boolean consults(HttpServerRequest request) {
        HttpMethod method = request.method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return false;
        }
        MultiMap headers = request.headers();
        for (CharSequence credential : CREDENTIALS) {
            if (headers.contains(credential)) {
                return false;
            }
        }
        return !headers.contains(HttpHeaders.CACHE_CONTROL)
                || !CacheControl.of(headers.getAll(HttpHeaders.CACHE_CONTROL)).has("no-store");
    }

    /** The stored representation this request selects, fresh or not, or null. */
    CachedResponse lookup(HttpServerRequest request) {
        List<CachedResponse> variants = store.getIfPresent(request.uri());
        if (variants == null) {
            return null;
        }
        for (CachedResponse variant : variants) {
            if (variant.selectedBy(request)) {
                return variant;
            }
        }
        return null;
    }

    /** Whether the entry may answer this request without asking its service. */
    boolean usable(CachedResponse entry, HttpServerRequest request, long now) {
        if (!entry.isFresh(now, newest(entry.upstream))) {
            return false;
        }
        MultiMap headers = request.headers();
        if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
            return !"no-cache".equalsIgnoreCase(headers.get(PRAGMA));
        }
        CacheControl control = CacheControl.of(headers.getAll(HttpHeaders.CACHE_CONTROL));
        return !control.has("no-cache") && control.seconds("max-age").orElse(Long.MAX_VALUE) > entry.ageSeconds(now);
    }

    /** The fill under way for this key, if any; waiters are told its outcome. */
    Fill pending(String key) {
        return fills.get(key);
    }

    /**
     * Makes this request the one that asks the service, unless another already does (then null). For a
     * representation that was not storable lately, every request asks for itself.
     */
    Fill lead(String key, HttpServerRequest request, CachedResponse stale) {
        Fill fill = new Fill(key, stale);
        if (uncacheable.getIfPresent(key) != null) {
            leaders.put(request, fill);
            fill.done.whenComplete((entry, error) -> leaders.remove(request, fill));
            return fill;
        }
        if (fills.putIfAbsent(key, fill) != null) {
            return null;
        }
        leaders.put(request, fill);
        fill.done.whenComplete((entry, error) -> {
            fills.remove(key, fill);
            leaders.remove(request, fill);
        });
        return fill;
    }

    /** Notes whether the answer for this representation could be stored. */
    void storable(Fill fill, boolean storable) {
        if (storable) {
            uncacheable.invalidate(fill.key);
        } else {
            uncacheable.put(fill.key, Boolean.TRUE);
        }
    }

    /** The fill this request leads, taken by the proxy when it sends the request on. */
    Fill leading(HttpServerRequest request) {
        return leaders.remove(request);
    }

    void store(CachedResponse entry) {
        store.asMap().compute(entry.uri, (uri, variants) -> {
            List<CachedResponse> kept = new ArrayList<>();
            kept.add(entry);
            if (variants != null) {
                for (CachedResponse variant : variants) {
                    if (!variant.sameVariant(entry) && kept.size() < config.maxVariants()) {
                        kept.add(variant);
                    }
                }
            }
            return List.copyOf(kept);
        });
    }

    /** Drops the stored representation, when its service answered a revalidation with something not storable. */
    void drop(CachedResponse entry) {
        store.asMap().computeIfPresent(entry.uri, (uri, variants) -> {
            List<CachedResponse> kept = variants.stream().filter(variant -> !variant.sameVariant(entry)).toList();
            return kept.isEmpty() ? null : kept;
        });
    }

    /** Notes the data version an answer of this service carries (Data-Version, or the version in its ETag). */
    void observe(String upstream, MultiMap headers) {
        long version = versionOf(headers.get(DATA_VERSION), headers.get("ETag"));
        if (version >= 0) {
            newestVersions.computeIfAbsent(upstream, name -> new AtomicLong(-1)).accumulateAndGet(version, Math::max);
        }
    }

    long newest(String upstream) {
        AtomicLong newest = newestVersions.get(upstream);
        return newest == null ? -1 : newest.get();
    }

    /** Whether none of these services has shown this gateway a newer data version than the one given for it. */
    boolean nothingNewerThan(List<String> upstreams, long[] versions) {
        for (int i = 0; i < versions.length; i++) {
            if (newest(upstreams.get(i)) > versions[i]) {
                return false;
            }
        }
        return true;
    }

    long maxFreshnessNanos() {
        return maxFreshnessNanos;
    }

    long maxAssembledItems() {
        return config.maxAssembledItems();
    }

    int maxEntryBytes() {
        return config.maxEntryBytes();
    }

    void counted(String outcome) {
        switch (outcome) {
            case HIT -> hits.increment();
            case REVALIDATED -> revalidations.increment();
            case MISS -> misses.increment();
            default -> {
            }
        }
    }

    /** Stored representations (every variant counts), after pending evictions ran. */
    long entries() {
        store.cleanUp();
        return store.asMap().values().stream().mapToLong(List::size).sum();
    }

    /** The weight held, in bytes (each entry at least max-bytes / max-entries). */
    long weight() {
        store.cleanUp();
        return store.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
    }

    /**
     * The data version of an answer: its Data-Version header, else the leading number of a service ETag
     * ({@code W/"<version>-<hash>"}); -1 when it has neither.
     */
    static long versionOf(String dataVersion, String etag) {
        if (dataVersion != null) {
            try {
                return Long.parseLong(dataVersion.trim());
            } catch (NumberFormatException malformed) {
                return -1;
            }
        }
        if (etag == null) {
            return -1;
        }
        int start = etag.indexOf('"') + 1;
        int end = etag.indexOf('-', start);
        if (start <= 0 || end <= start) {
            return -1;
        }
        try {
            return Long.parseLong(etag, start, end, 10);
        } catch (NumberFormatException notAVersion) {
            return -1;
        }
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /** One request to a service on behalf of every request for the same representation. */
    static final class Fill {
        final String key;
        /** The stored answer being revalidated, or null for a plain miss. */
        final CachedResponse stale;
        /** The stored answer it produced, or null when it produced none (then each waiter asks for itself). */
        final CompletableFuture<CachedResponse> done = new CompletableFuture<>();
        volatile String outcome = MISS;

        Fill(String key, CachedResponse stale) {
            this.key = key;
            this.stale = stale;
        }

        void abandon() {
            done.complete(null);
        }
    }
}
