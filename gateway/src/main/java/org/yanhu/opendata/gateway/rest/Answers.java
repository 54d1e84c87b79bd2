package org.yanhu.opendata.gateway.rest;

import org.jboss.resteasy.reactive.RestResponse;
import org.yanhu.opendata.gateway.caching.AssembledAnswers;
import org.yanhu.opendata.gateway.caching.HttpCache;

/** An assembled answer as HTTP: 200 with {@code X-Cache} and {@code Age}, as every cached answer of the gateway says. */
final class Answers {

    private Answers() {
    }

    static <V> RestResponse<V> response(AssembledAnswers.Answer<V> answer) {
        return RestResponse.ResponseBuilder.ok(answer.value()).header(HttpCache.X_CACHE, answer.outcome())
                .header("Age", Long.toString(answer.ageSeconds())).build();
    }
}
