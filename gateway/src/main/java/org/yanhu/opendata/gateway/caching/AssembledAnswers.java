package org.yanhu.opendata.gateway.caching;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The gateway's own answers that it assembles from several services (search, region profiles), kept to the same
 * staleness bound as the HTTP cache ({@link HttpCache}), which cannot hold them because they are not proxied:
 * <ul>
 * <li>an answer is used for at most {@code gateway.cache.max-freshness} (1 s), the bound for writes this gateway
 * does not see;</li>
 * <li>and not at all once this gateway has seen a newer data version from a service the answer came from (a write
 * through this gateway: its answer carries the new {@code Data-Version}), so such a write shows on the next read;</li>
 * <li>only complete answers are kept (every service answered): one that says a service is missing is asked for
 * again by the next request;</li>
 * <li>concurrent misses for the same key wait for one assembly (Caffeine's {@link AsyncCache});</li>
 * <li>a request with credentials, or with {@code Cache-Control: no-cache}, is assembled afresh.</li>
 * </ul>
 * Memory is bounded by the items held (hits, headline figures; each answer counts its items plus one).
 */
public final class AssembledAnswers<K, V> {

    /** An answer and how it was got: {@link HttpCache#HIT}, {@link HttpCache#MISS} or {@link HttpCache#BYPASS}. */
    public record Answer<V>(V value, String outcome, long ageSeconds) {
    }

    private record Stamped<V>(V value, long[] versions, long storedAt) {
    }

    private final HttpCache cache;
    private final AssembledBytes bytes;
    private final String name;
    private final List<String> upstreams;
    private final Predicate<V> complete;
    private final AsyncCache<K, Stamped<V>> store;
    private final Counter hits;
    private final Counter misses;

    /**
     * @param name the meter tag ({@code search}, {@code region-profile})
     * @param upstreams the services an answer is assembled from, whose data versions it depends on
     * @param complete whether an answer may be kept (every service answered)
     * @param items how many items an answer holds, for the memory bound
     */
    public AssembledAnswers(HttpCache cache, AssembledBytes bytes, MeterRegistry registry, String name,
            List<String> upstreams, Predicate<V> complete, ToIntFunction<V> items) {
        this.cache = cache;
        this.bytes = bytes;
        this.name = name;
        this.upstreams = List.copyOf(upstreams);
        this.complete = complete;
        this.store = Caffeine.newBuilder()
                .maximumWeight(cache.maxAssembledItems())
                .<K, Stamped<V>>weigher((key, stamped) -> 1 + items.applyAsInt(stamped.value()))
                .expireAfterWrite(cache.maxFreshnessNanos(), TimeUnit.NANOSECONDS)
                .buildAsync();
        this.hits = Counter.builder("gateway.cache.assembled").tag("answer", name).tag("result", HttpCache.HIT)
                .register(registry);
        this.misses = Counter.builder("gateway.cache.assembled").tag("answer", name).tag("result", HttpCache.MISS)
                .register(registry);
    }

    /**
     * The answer for this key: a kept one that is still current, the one being assembled for another request, or
     * a new one from {@code assemble}. A complete one is also kept as bytes for this request target
     * ({@link AssembledBytes}), which answers the next request for it before Quarkus REST.
     */
    public Future<Answer<V>> get(K key, HttpServerRequest request, Supplier<Future<V>> assemble) {
        if (!cache.enabled() || !cache.consults(request) || asksAfresh(request)) {
            return assemble.get().map(value -> new Answer<>(value, HttpCache.BYPASS, 0));
        }
        CompletableFuture<Stamped<V>> kept = store.getIfPresent(key);
        if (kept != null && kept.isDone() && !kept.isCompletedExceptionally() && !current(kept.join())) {
            store.asMap().remove(key, kept);
        }
        AtomicBoolean assembled = new AtomicBoolean();
        CompletableFuture<Stamped<V>> answer = store.get(key, (k, executor) -> {
            assembled.set(true);
            long[] versions = versionsNow();
            return assemble.get().toCompletionStage().toCompletableFuture()
                    .thenApply(value -> new Stamped<>(value, versions, System.nanoTime()));
        });
        answer.whenComplete((stamped, error) -> {
            if (error == null && !complete.test(stamped.value())) {
                store.asMap().remove(key, answer);
            }
        });
        (assembled.get() ? misses : hits).increment();
        return Future.fromCompletionStage(answer).map(stamped -> {
            if (complete.test(stamped.value())) {
                bytes.keep(request, name, upstreams, stamped.versions(), stamped.storedAt(), stamped.value());
            }
            return new Answer<>(stamped.value(), assembled.get() ? HttpCache.MISS : HttpCache.HIT,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - stamped.storedAt()));
        });
    }

    /** Cache-Control: no-cache or max-age=0 (or Pragma: no-cache): the client wants an answer assembled now. */
    static boolean asksAfresh(HttpServerRequest request) {
        if (!request.headers().contains(HttpHeaders.CACHE_CONTROL)) {
            return "no-cache".equalsIgnoreCase(request.getHeader(HttpCache.PRAGMA));
        }
        CacheControl control = CacheControl.of(request.headers().getAll(HttpHeaders.CACHE_CONTROL));
        return control.has("no-cache") || control.seconds("max-age").orElse(Long.MAX_VALUE) == 0;
    }

    /** Whether no service the answer came from has shown this gateway a newer data version since. */
    private boolean current(Stamped<V> stamped) {
        return cache.nothingNewerThan(upstreams, stamped.versions());
    }

    private long[] versionsNow() {
        long[] versions = new long[upstreams.size()];
        for (int i = 0; i < versions.length; i++) {
            versions[i] = cache.newest(upstreams.get(i));
        }
        return versions;
    }
}
