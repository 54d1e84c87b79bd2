package org.yanhu.opendata.gateway.upstream;

/**
 * An upstream could not be asked at all, or did not answer in time. The gateway answers 503 (or
 * 504 for a timeout) with Retry-After; nothing was received from the upstream.
 */
public class UpstreamUnavailableException extends RuntimeException {

    /** Why the upstream could not answer. */
    public enum Reason {
        NO_HEALTHY_INSTANCE(503, "upstream-unavailable", "Upstream unavailable"),
        UNREACHABLE(503, "upstream-unavailable", "Upstream unavailable"),
        CIRCUIT_OPEN(503, "upstream-unavailable", "Upstream unavailable"),
        TIMEOUT(504, "upstream-timeout", "Upstream timeout");

        public final int status;
        public final String slug;
        public final String title;

        Reason(int status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }
    }

    private final String upstream;
    private final Reason reason;
    private final long retryAfterSeconds;

    public UpstreamUnavailableException(String upstream, Reason reason, String detail, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.upstream = upstream;
        this.reason = reason;
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public String upstream() {
        return upstream;
    }

    public Reason reason() {
        return reason;
    }

    public int status() {
        return reason.status;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /**
     * Why a call to an upstream failed, fit for a client to read: the gateway's own words for an
     * upstream that is down or slow, never an exception's message (which may name hosts and ports).
     */
    public static String publicReason(String upstream, Throwable error) {
        return error instanceof UpstreamUnavailableException unavailable ? unavailable.getMessage()
                : "The " + upstream + " service gave no usable answer";
    }
}
