package org.yanhu.opendata.gateway.upstream;

import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One instance of an upstream, and the evidence against it that {@link OutlierDetection} weighs:
 * consecutive failed connection attempts and consecutive failed health checks.
 */
public final class UpstreamInstance {

    private final URI baseUrl;
    private final String host;
    private final int port;
    private final boolean ssl;
    private final AtomicBoolean healthy = new AtomicBoolean(true);
    private final AtomicReference<String> lastProblem = new AtomicReference<>();
    final AtomicInteger connectFailures = new AtomicInteger();
    final AtomicInteger failedHealthChecks = new AtomicInteger();

    UpstreamInstance(URI baseUrl) {
        if (baseUrl.getHost() == null || baseUrl.getScheme() == null) {
            throw new IllegalArgumentException("An upstream instance must be scheme://host:port, got " + baseUrl);
        }
        if (baseUrl.getRawPath() != null && !baseUrl.getRawPath().isEmpty() && !baseUrl.getRawPath().equals("/")) {
            throw new IllegalArgumentException("An upstream instance is scheme://host:port without a path: the "
                    + "gateway forwards paths unchanged; got " + baseUrl);
        }
        this.baseUrl = baseUrl;
        this.host = baseUrl.getHost();
        this.ssl = "https".equalsIgnoreCase(baseUrl.getScheme());
        this.port = baseUrl.getPort() > 0 ? baseUrl.getPort() : ssl ? 443 : 80;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public boolean isHealthy() {
        return healthy.get();
    }

    /** Why the instance was last taken out of rotation, or null. */
    public String lastProblem() {
        return lastProblem.get();
    }

    /** Returns true when this changed the instance's state. */
    boolean markHealthy() {
        lastProblem.set(null);
        return healthy.compareAndSet(false, true);
    }

    /** Returns true when this changed the instance's state. */
    boolean markUnhealthy(String problem) {
        lastProblem.set(problem);
        return healthy.compareAndSet(true, false);
    }

    RequestOptions requestOptions(String uri) {
        return new RequestOptions().setHost(host).setPort(port).setSsl(ssl).setURI(uri);
    }

    @Override
    public String toString() {
        return baseUrl.toString();
    }
}
