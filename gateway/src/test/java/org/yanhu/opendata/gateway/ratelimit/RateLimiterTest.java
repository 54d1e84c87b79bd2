package org.yanhu.opendata.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.api.security.ApiKeyHashes;
import org.yanhu.opendata.gateway.config.GatewayConfig;

/** The limiter on its own, with configuration built the way Quarkus builds it. */
class RateLimiterTest {

    private static RateLimiter limiter(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(GatewayConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
        RateLimiter limiter = new RateLimiter();
        limiter.config = config.getConfigMapping(GatewayConfig.class);
        limiter.apiKeys = new KnownApiKeys(Optional.of(
                "newsroom:" + ApiKeyHashes.sha256("newsroom-key")));
        limiter.registry = new SimpleMeterRegistry();
        return limiter;
    }

    private static Map<String, String> limits(String... more) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "gateway.profile.headline-indicators", "GDP",
                "gateway.rate-limit.anonymous.capacity", "2",
                "gateway.rate-limit.anonymous.period", "1h",
                "gateway.rate-limit.keyed.capacity", "5",
                "gateway.rate-limit.keyed.period", "1h"));
        for (int i = 0; i < more.length; i += 2) {
            properties.put(more[i], more[i + 1]);
        }
        return properties;
    }

    private static RateLimitDecision take(RateLimiter limiter, String authorization, String address) {
        return limiter.take(authorization, address).toCompletableFuture().join();
    }

    @Test
    void anAddressGetsItsCapacityAndThenARetryAfter() {
        RateLimiter limiter = limiter(limits());
        assertEquals(1, take(limiter, null, "192.0.2.1").remaining());
        assertEquals(0, take(limiter, null, "192.0.2.1").remaining());
        RateLimitDecision refused = take(limiter, null, "192.0.2.1");
        assertFalse(refused.allowed());
        // One token every 30 minutes.
        assertTrue(refused.retryAfterSeconds() > 1700 && refused.retryAfterSeconds() <= 1800,
                "Retry-After " + refused.retryAfterSeconds());
        assertTrue(take(limiter, null, "192.0.2.2").allowed(), "another address has its own bucket");
    }

    @Test
    void aKnownKeyHasItsOwnLargerBucketAndAnUnknownOneCountsAsTheAddress() {
        RateLimiter limiter = limiter(limits());
        RateLimitDecision keyed = take(limiter, "Bearer newsroom-key", "192.0.2.3");
        assertEquals(5, keyed.limit());
        assertEquals(4, keyed.remaining());
        RateLimitDecision madeUp = take(limiter, "Bearer guess", "192.0.2.3");
        assertEquals(2, madeUp.limit());
        assertEquals(1, madeUp.remaining());
    }

    @Test
    void aKeyCanHaveALimitOfItsOwnByName() {
        RateLimiter limiter = limiter(limits("gateway.rate-limit.keys.newsroom.capacity", "50"));
        assertEquals(49, take(limiter, "Bearer newsroom-key", "192.0.2.4").remaining());
    }

    @Test
    void withoutRedisTheBucketsStayInMemoryAndLimitsStillHold() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        RateLimiter limiter = limiter(limits("gateway.rate-limit.redis", "true",
                "gateway.rate-limit.redis-url", "redis://127.0.0.1:" + closed));
        assertTrue(take(limiter, null, "192.0.2.5").allowed());
        assertFalse(limiter.usesRedis());
        assertTrue(take(limiter, null, "192.0.2.5").allowed());
        assertFalse(take(limiter, null, "192.0.2.5").allowed());
    }
}
