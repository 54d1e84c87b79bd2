package org.yanhu.opendata.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Limits in the test profile: 100000 per 1000 hours for anonymous callers and for known keys, so that every
 * request shows in RateLimit-Remaining, and 3 per hour for the key "rate-limit-probe-key", so that a 429 comes
 * quickly without touching other tests. The buckets live in the Redis of this machine, under a key prefix of
 * this test run.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class RateLimitTest {

    @ConfigProperty(name = "gateway.rate-limit.redis-key-prefix")
    String redisKeyPrefix;

    @BeforeEach
    void stageTopics() {
        UpstreamStubs.indicators().stubFor(get(urlEqualTo("/api/v1/topics?limit=1"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[],\"page\":{\"limit\":1,\"next\":null,\"total\":0}}")));
    }

    @Test
    void everyResponseCarriesTheRateLimitFields() {
        given().when().get("/api/v1/topics?limit=1")
                .then().statusCode(200)
                .header("RateLimit-Limit", "100000")
                .header("RateLimit-Remaining", notNullValue())
                .header("RateLimit-Reset", notNullValue());
        given().when().get("/nowhere")
                .then().statusCode(404)
                .header("RateLimit-Limit", "100000");
    }

    @Test
    void theFourthRequestWithTheProbeKeyInAnHourIsRefusedWithRetryAfter() {
        for (int i = 2; i >= 0; i--) {
            given().header("Authorization", "Bearer rate-limit-probe-key")
                    .when().get("/api/v1/topics?limit=1")
                    .then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", Integer.toString(i));
        }
        Response refused = given().header("Authorization", "Bearer rate-limit-probe-key")
                .when().get("/api/v1/topics?limit=1");
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .header("RateLimit-Limit", "3")
                .header("RateLimit-Remaining", "0")
                .body("status", equalTo(429))
                .body("type", equalTo("https://yanhu-opendata.org/problems/rate-limited"))
                .body("detail", containsString("more than 3 requests"))
                .body("request_id", notNullValue());
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        // One token comes back every 20 minutes.
        assertTrue(retryAfter > 1000 && retryAfter <= 1200, "Retry-After was " + retryAfter);
        long reset = Long.parseLong(refused.header("RateLimit-Reset"));
        assertTrue(reset > 3000 && reset <= 3600, "RateLimit-Reset was " + reset);
    }

    @Test
    void eachClientAddressHasItsOwnBucket() {
        int first = remaining("198.51.100.7");
        assertEquals(first - 1, remaining("198.51.100.7"));
        assertEquals(first - 2, remaining("198.51.100.7"));
        assertEquals(99_999, remaining("198.51.100.8"));
    }

    @Test
    void anUnknownKeyCountsAgainstTheClientAddressNotABucketOfItsOwn() {
        int before = remaining("203.0.113.9");
        int after = Integer.parseInt(given().header("X-Forwarded-For", "203.0.113.9")
                .header("Authorization", "Bearer made-up-key")
                .when().get("/api/v1/topics?limit=1")
                .then().statusCode(200).extract().header("RateLimit-Remaining"));
        assertEquals(before - 1, after);
    }

    @Test
    void bucketsLiveInRedisWhereEveryGatewayInstanceSharesThem() {
        int before = remaining("192.0.2.44");
        // Another gateway instance, configured alike, takes a token from the same caller's bucket.
        RedisClient redis = RedisClient.create("redis://127.0.0.1:6379");
        try (StatefulRedisConnection<String, byte[]> connection = redis.connect(
                RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE))) {
            BucketConfiguration sameLimits = BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder().capacity(100_000).refillGreedy(100_000, Duration.ofHours(1000))
                            .build())
                    .build();
            boolean taken = Bucket4jLettuce.casBasedBuilder(connection).build().builder()
                    .build(redisKeyPrefix + "ip:192.0.2.44", () -> sameLimits).tryConsume(1);
            assertTrue(taken);
        } finally {
            redis.shutdown();
        }
        assertEquals(before - 2, remaining("192.0.2.44"));
    }

    @Test
    void healthProbesAreNotLimited() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .header("RateLimit-Limit", (String) null);
    }

    private static int remaining(String address) {
        return Integer.parseInt(given().header("X-Forwarded-For", address)
                .when().get("/api/v1/topics?limit=1")
                .then().statusCode(200).extract().header("RateLimit-Remaining"));
    }
}
