package org.yanhu.opendata.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yanhu.opendata.gateway.caching.CacheConfig;

/** Everything the gateway can be told: its upstreams and their routes, rate limits, documents, profiles. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Where clients reach the gateway: the servers entry of the merged OpenAPI document. */
    @WithDefault("http://localhost:8080")
    URI publicUrl();

    /** The services behind the gateway, by name. */
    Map<String, UpstreamConfig> upstreams();

    RateLimitConfig rateLimit();

    LimitsConfig limits();

    SecurityHeadersConfig securityHeaders();

    OpenApiConfig openapi();

    ProfileConfig profile();

    /** The shared HTTP cache of the services' public reads. */
    CacheConfig cache();

    interface UpstreamConfig {

        /** Base URLs (scheme://host:port) of the instances, balanced round-robin. */
        List<URI> instances();

        /** Path prefixes this upstream serves; a prefix matches itself and everything below it. */
        List<String> routes();

        /** Regular expressions of paths under those prefixes that the gateway answers itself. */
        Optional<List<String>> exclude();

        /** How long the upstream may stay silent before the caller gets a 504. */
        @WithDefault("10s")
        Duration timeout();

        /**
         * The same for a write (POST, PUT, PATCH, DELETE): a bulk import of tens of thousands of rows is
         * checked and written in one transaction, which can take longer than a read on a busy machine.
         */
        @WithDefault("60s")
        Duration writeTimeout();

        /** How long a connection may take: short, so that an unreachable instance is skipped quickly. */
        @WithDefault("500ms")
        Duration connectTimeout();

        /** Path of the upstream's OpenAPI document, or "none" when it publishes none. */
        @WithDefault("/q/openapi")
        String openapiPath();

        HealthCheckConfig health();

        OutlierConfig outlier();

        CircuitBreakerConfig circuitBreaker();
    }

    interface HealthCheckConfig {

        /** The path the active health check polls on each instance. */
        @WithDefault("/q/health/ready")
        String path();

        @WithDefault("5s")
        Duration interval();

        @WithDefault("2s")
        Duration timeout();

        /**
         * Consecutive failed checks that take an instance out of rotation; one passed check puts it back.
         * The last healthy instance of an upstream needs at least two.
         */
        @WithDefault("2")
        int unhealthyThreshold();
    }

    /** Passive outlier detection, as Envoy's: evidence from real calls, not from one unlucky connection. */
    interface OutlierConfig {

        /**
         * Consecutive connection attempts to an instance that failed (refused, unreachable, timed out)
         * after which it leaves the rotation until its health check passes. A pooled connection that
         * the other side closed is no such evidence, and the last healthy instance is never ejected
         * this way: the health check decides for it.
         */
        @WithDefault("3")
        int consecutiveConnectFailures();
    }

    interface CircuitBreakerConfig {

        /** Number of recent calls over which the failure ratio is measured. */
        @WithDefault("20")
        int requestVolumeThreshold();

        @WithDefault("0.5")
        double failureRatio();

        /** How long an open circuit refuses calls before it lets a trial call through. */
        @WithDefault("10s")
        Duration delay();

        @WithDefault("2")
        int successThreshold();
    }

    /**
     * What a request may be: the documented limits, below the HTTP codec's own (quarkus.http.limits.*,
     * set higher), so that a request over them gets a problem with its request id, not the codec's
     * plain text.
     */
    interface LimitsConfig {

        /** Longest request target (path and query), in characters; longer is a 414. */
        @WithDefault("4096")
        int maxUriLength();

        /** Largest header section (names, values and separators), in bytes; larger is a 431. */
        @WithDefault("16384")
        int maxHeaderSize();

        /** Largest request body, in bytes, on every route; larger is a 413. */
        @WithDefault("10485760")
        long maxBodySize();
    }

    /** The security header fields every answer carries. */
    interface SecurityHeadersConfig {

        @WithDefault("no-referrer")
        String referrerPolicy();

        /** For the data explorer: its own scripts, styles and the API, nothing else. */
        @WithDefault("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
        String explorerPolicy();

        /** For Swagger UI, whose page starts itself with an inline script and styles. */
        @WithDefault("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'; frame-ancestors 'none'")
        String swaggerUiPolicy();

        /** For everything else, which is data, not pages. */
        @WithDefault("default-src 'none'; frame-ancestors 'none'")
        String apiPolicy();
    }

    interface RateLimitConfig {

        @WithDefault("true")
        boolean enabled();

        /** Share the buckets of several gateway instances through Redis instead of keeping them in memory. */
        @WithDefault("false")
        boolean redis();

        @WithDefault("redis://127.0.0.1:6379")
        String redisUrl();

        /** Prefix of the Redis keys, so that several deployments can share one Redis. */
        @WithDefault("yanhu:gateway:rate-limit:")
        String redisKeyPrefix();

        /** Limit for callers without an API key, per client IP address. */
        Tier anonymous();

        /** Limit for callers with an API key, per key. */
        Tier keyed();

        /** Limits for particular keys, by the hex SHA-256 of the key: never the key itself. */
        @WithName("keys")
        Map<String, Tier> keyOverrides();

        /** Paths (regular expressions) that are never limited: probes and metrics scrapes. */
        @WithDefault("^/q/(health|metrics)(/.*)?$")
        List<String> exempt();
    }

    interface Tier {

        /** Requests allowed per period; the bucket refills evenly over the period. */
        long capacity();

        @WithDefault("1m")
        Duration period();
    }

    interface OpenApiConfig {

        /** How often the services' documents are fetched again. */
        @WithDefault("60s")
        Duration refreshInterval();

        /** How long start-up waits for the first documents before serving what it has. */
        @WithDefault("5s")
        Duration startupWait();

        @WithDefault("Yanhu Open Data API")
        String title();

        @WithDefault("1.0.0")
        String version();
    }

    interface ProfileConfig {

        /** Indicator codes shown first in a region profile, in this order. */
        List<String> headlineIndicators();
    }
}
