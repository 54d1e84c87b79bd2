package org.yanhu.opendata.api.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The documented request limits of a data service. The HTTP codec's own limits
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set well above the
 * first two, so that a request over them reaches {@link RequestLimitRoute} and gets a problem;
 * {@code quarkus.http.limits.max-body-size} stays at the body limit, and answers only a body without a
 * declared length that grows past it.
 */
@ConfigMapping(prefix = "api.limits")
public interface RequestLimitsConfig {

    /** Whether the route applies them; the gateway applies the same checks in its own chain. */
    @WithDefault("true")
    boolean enabled();

    /** Characters of the request target (path and query). */
    @WithDefault("4096")
    int maxUriLength();

    /** Bytes of all header fields, names and values. */
    @WithDefault("16384")
    long maxHeaderSize();

    /** Bytes of a declared request body: 20 MiB admits a bulk import of 30,000 rows. */
    @WithDefault("20M")
    MemorySize maxBodySize();
}
