package org.yanhu.opendata.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.yanhu.opendata.gateway.config.GatewayConfig;

/**
 * Token buckets per caller: per API key for callers with a known key, per client address for the
 * others. Buckets live in memory (Bucket4j local buckets in a Caffeine cache) or, with several gateway
 * instances, in Redis, where
 * Bucket4j updates them atomically. When Redis cannot be reached the in-memory buckets stand in,
 * so that limits still hold per instance and no request fails because of the limiter.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final Duration KEEP_FULL_BUCKETS = Duration.ofSeconds(10);

    @Inject
    GatewayConfig config;

    @Inject
    KnownApiKeys apiKeys;

    @Inject
    MeterRegistry registry;

    private Cache<String, Bucket> memory;
    private final Map<GatewayConfig.Tier, BucketConfiguration> configurations = new ConcurrentHashMap<>();
    private AsyncProxyManager<String> redis;
    private RedisClient redisClient;
    private StatefulRedisConnection<String, byte[]> redisConnection;
    private final AtomicLong lastRedisWarning = new AtomicLong();

    void start(@Observes StartupEvent event) {
        ensureStarted();
    }

    synchronized void ensureStarted() {
        if (memory != null) {
            return;
        }
        GatewayConfig.RateLimitConfig limits = config.rateLimit();
        // A bucket left alone for its whole period is full again, so forgetting it then changes nothing.
        Duration longest = limits.keyOverrides().values().stream().map(GatewayConfig.Tier::period)
                .reduce(limits.anonymous().period().compareTo(limits.keyed().period()) > 0
                        ? limits.anonymous().period() : limits.keyed().period(),
                        (a, b) -> a.compareTo(b) > 0 ? a : b);
        memory = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(longest).build();
        if (limits.enabled() && limits.redis()) {
            redisClient = RedisClient.create(limits.redisUrl());
            redisClient.setDefaultTimeout(Duration.ofSeconds(1));
            try {
                redisConnection = redisClient.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
                redis = Bucket4jLettuce.casBasedBuilder(redisConnection)
                        .expirationAfterWrite(ExpirationAfterWriteStrategy
                                .basedOnTimeForRefillingBucketUpToMax(KEEP_FULL_BUCKETS))
                        .build().asAsync();
                LOG.infof("Rate limits are shared through Redis at %s", limits.redisUrl());
            } catch (RuntimeException e) {
                LOG.warnf("Redis at %s cannot be reached (%s); rate limits are kept in memory", limits.redisUrl(),
                        e.getMessage());
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (redisConnection != null) {
            redisConnection.close();
        }
        if (redisClient != null) {
            redisClient.shutdown(0, 1, TimeUnit.SECONDS);
        }
    }

    public boolean usesRedis() {
        return redis != null;
    }

    /** Takes one token for a request; the caller is known by its API key or else by its address. */
    public CompletionStage<RateLimitDecision> take(String authorization, String clientAddress) {
        ensureStarted();
        GatewayConfig.RateLimitConfig limits = config.rateLimit();
        String keyName = apiKeys.nameOf(authorization).orElse(null);
        GatewayConfig.Tier tier = keyName == null ? limits.anonymous()
                : limits.keyOverrides().getOrDefault(keyName, limits.keyed());
        String bucketKey = keyName == null ? "ip:" + clientAddress : "key:" + keyName;
        BucketConfiguration bucket = configurations.computeIfAbsent(tier, t -> BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(t.capacity()).refillGreedy(t.capacity(), t.period()).build())
                .build());
        if (redis != null) {
            return redis.builder().build(limits.redisKeyPrefix() + bucketKey, () -> CompletableFuture.completedFuture(
                    bucket)).tryConsumeAndReturnRemaining(1)
                    .thenApply(probe -> decision(tier, probe))
                    .exceptionally(error -> {
                        warnRedisDown(error);
                        return decision(tier, inMemory(bucketKey, bucket));
                    });
        }
        return CompletableFuture.completedFuture(decision(tier, inMemory(bucketKey, bucket)));
    }

    private ConsumptionProbe inMemory(String bucketKey, BucketConfiguration bucket) {
        return memory.get(bucketKey, key -> Bucket.builder().addLimit(bucket.getBandwidths()[0]).build())
                .tryConsumeAndReturnRemaining(1);
    }

    private void warnRedisDown(Throwable error) {
        registry.counter("gateway.rate_limit.store.errors").increment();
        long now = System.currentTimeMillis();
        long last = lastRedisWarning.get();
        if (now - last > 60_000 && lastRedisWarning.compareAndSet(last, now)) {
            LOG.warnf("Redis rate-limit store failed (%s); using in-memory buckets meanwhile", error.getMessage());
        }
    }

    private static RateLimitDecision decision(GatewayConfig.Tier tier, ConsumptionProbe probe) {
        long reset = seconds(probe.getNanosToWaitForReset());
        long retryAfter = probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        return new RateLimitDecision(probe.isConsumed(), tier.capacity(), probe.getRemainingTokens(), reset,
                retryAfter, Math.max(1, tier.period().toSeconds()));
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
