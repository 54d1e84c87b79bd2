package org.yanhu.opendata.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.api.security.ApiKeyHashes;
import org.yanhu.opendata.gateway.config.GatewayConfig;

/**
 * The limits as deployed: application.properties without the test profile, and the environment
 * variables the harness sets to lift them (RATE_LIMIT_ANONYMOUS, RATE_LIMIT_KEYED).
 */
class RealRateLimitsTest {

    private static RateLimiter deployed(Map<String, String> environment) throws IOException {
        URL properties = RealRateLimitsTest.class.getClassLoader().getResource("application.properties");
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withMapping(GatewayConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, 250))
                .withSources(new EnvConfigSource(environment, 300))
                .build();
        RateLimiter limiter = new RateLimiter();
        limiter.config = config.getConfigMapping(GatewayConfig.class);
        limiter.apiKeys = new KnownApiKeys(Optional.of("newsroom:" + ApiKeyHashes.sha256("newsroom-key")));
        limiter.registry = new SimpleMeterRegistry();
        return limiter;
    }

    private static RateLimitDecision take(RateLimiter limiter, String authorization, String address) {
        return limiter.take(authorization, address).toCompletableFuture().join();
    }

    @Test
    void anAddressMakes300RequestsAMinuteAndThenWaitsASecond() throws IOException {
        RateLimiter limiter = deployed(Map.of());
        long started = System.nanoTime();
        RateLimitDecision first = take(limiter, null, "198.51.100.20");
        assertEquals(300, first.limit());
        assertEquals(299, first.remaining());
        int allowed = 1;
        RateLimitDecision decision = take(limiter, null, "198.51.100.20");
        while (decision.allowed() && allowed < 1000) {
            allowed++;
            decision = take(limiter, null, "198.51.100.20");
        }
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        // 300 at once, and one more for every 200 ms that the loop took.
        assertTrue(allowed >= 300 && allowed <= 300 + elapsedMillis / 200 + 1,
                allowed + " allowed in " + elapsedMillis + " ms");
        assertEquals(60, decision.windowSeconds());
        assertEquals(1, decision.retryAfterSeconds());
        assertTrue(take(limiter, null, "198.51.100.21").allowed(), "each address has its own bucket");
    }

    @Test
    void aKnownKeyMakes3000RequestsAMinuteAndAnUnknownOneCountsAsItsAddress() throws IOException {
        RateLimiter limiter = deployed(Map.of());
        long started = System.nanoTime();
        int allowed = 0;
        RateLimitDecision decision = take(limiter, "Bearer newsroom-key", "198.51.100.22");
        while (decision.allowed() && allowed < 10_000) {
            allowed++;
            decision = take(limiter, "Bearer newsroom-key", "198.51.100.22");
        }
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        // 3000 at once, and one more for every 20 ms that the loop took.
        assertTrue(allowed >= 3000 && allowed <= 3000 + elapsedMillis / 20 + 1,
                allowed + " allowed in " + elapsedMillis + " ms");
        assertEquals(3000, decision.limit());
        assertEquals(300, take(limiter, "Bearer made-up-key", "198.51.100.22").limit());
    }

    @Test
    void harnessRunsLiftTheLimitsThroughTheEnvironment() throws IOException {
        RateLimiter limiter = deployed(Map.of("RATE_LIMIT_ANONYMOUS", "1000000", "RATE_LIMIT_KEYED", "2000000"));
        for (int i = 0; i < 5000; i++) {
            assertTrue(take(limiter, null, "198.51.100.23").allowed());
        }
        assertEquals(1_000_000, take(limiter, null, "198.51.100.23").limit());
        assertEquals(2_000_000, take(limiter, "Bearer newsroom-key", "198.51.100.23").limit());
    }
}
