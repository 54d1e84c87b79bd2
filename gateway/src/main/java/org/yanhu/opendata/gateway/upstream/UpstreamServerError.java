package org.yanhu.opendata.gateway.upstream;

/**
 * Carries a 5xx answer of an upstream through the circuit breaker, so that the breaker counts it as
 * a failure while the caller still receives the upstream's own answer unchanged.
 */
public class UpstreamServerError extends RuntimeException {

    private final transient Object answer;

    public UpstreamServerError(Object answer, int status) {
        super("upstream answered " + status, null, false, false);
        this.answer = answer;
    }

    public Object answer() {
        return answer;
    }
}
