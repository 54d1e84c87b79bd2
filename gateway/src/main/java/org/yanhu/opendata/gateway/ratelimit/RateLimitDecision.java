package org.yanhu.opendata.gateway.ratelimit;

/**
 * The outcome of taking one token from a caller's bucket, in the terms of the RateLimit header
 * fields: the limit, what is left, and the seconds until the bucket is full again.
 */
public record RateLimitDecision(boolean allowed, long limit, long remaining, long resetSeconds,
        long retryAfterSeconds, long windowSeconds) {
}
