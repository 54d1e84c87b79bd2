package org.yanhu.opendata.gateway.caching;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code gateway.cache.*}: the shared HTTP cache ({@link HttpCache}) on or off, its bounds, and how long an entry may be used unasked. */
public interface CacheConfig {

    /** Off, every request goes to the services as before (the benchmark's "before"). */
    @WithDefault("true")
    boolean enabled();

    /** At most this many stored answers (each variant counts). */
    @WithDefault("10000")
    int maxEntries();

    /** At most this many bytes of stored answers (bodies and headers). */
    @WithDefault("67108864")
    long maxBytes();

    /** A larger answer is passed on and not stored. */
    @WithDefault("1048576")
    int maxEntryBytes();

    /**
     * The longest an entry is used without asking its service again (If-None-Match), whatever its max-age: the
     * staleness bound for writes the gateway does not see (another gateway, or straight to a service).
     */
    @WithDefault("1s")
    Duration maxFreshness();

    /**
     * The gateway's own assembled answers (search, region profiles; {@link AssembledAnswers}) hold at most this many
     * items at once (hits, headline figures), each answer counting its items plus one.
     */
    @WithDefault("100000")
    long maxAssembledItems();

    /**
     * The serialized bytes of those answers, kept by request target so that a repeat skips Quarkus REST
     * ({@link AssembledBytes}), take at most this many bytes.
     */
    @WithDefault("16777216")
    long maxAssembledBytes();

    /** Representations kept per URL (by Vary: Accept, Accept-Encoding); the oldest goes first. */
    @WithDefault("8")
    int maxVariants();
}
