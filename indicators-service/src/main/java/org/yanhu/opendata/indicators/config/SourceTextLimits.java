package org.yanhu.opendata.indicators.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How large a source text may be. The HTTP body limit ({@code quarkus.http.limits.max-body-size}) and the
 * gateway's ({@code gateway.limits.max-body-size}) sit above it, so that a text over this limit gets a 413
 * that names the limit in code points.
 */
@ConfigMapping(prefix = "sources.text")
public interface SourceTextLimits {

    /** The most Unicode code points a stored text may have: a county report has 10,000 to 60,000. */
    @WithDefault("500000")
    int maxCodePoints();
}
