package org.yanhu.opendata.gateway.upstream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.yanhu.opendata.gateway.config.GatewayConfig;

/**
 * The upstreams from configuration, the routing table built from their path prefixes, and the
 * active health checks, each on a fresh connection, whose results {@link OutlierDetection} weighs.
 */
@ApplicationScoped
public class Upstreams {

    private static final Logger LOG = Logger.getLogger(Upstreams.class);

    /** A path prefix and the upstream that serves it. */
    public record Route(String prefix, Upstream upstream) {

        boolean matches(String path) {
            // The prefix itself, or a path below it: no string is built per request.
            if (!path.startsWith(prefix)) {
                return false;
            }
            return path.length() == prefix.length() || prefix.endsWith("/") || path.charAt(prefix.length()) == '/';
        }
    }

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    @Inject
    MeterRegistry registry;

    private final Map<String, Upstream> byName = new TreeMap<>();
    private final List<Route> routes = new ArrayList<>();
    private final List<Consumer<Upstream>> recoveryListeners = new CopyOnWriteArrayList<>();
    private final List<Long> timers = new ArrayList<>();
    private volatile boolean started;

    void start(@Observes StartupEvent event) {
        ensureStarted();
    }

    /** Builds the upstreams once, on first use: the router is set up before the start-up event. */
    private void ensureStarted() {
        if (!started) {
            build();
        }
    }

    private synchronized void build() {
        if (started) {
            return;
        }
        config.upstreams().forEach((name, upstreamConfig) -> {
            Upstream upstream = new Upstream(name, upstreamConfig, vertx, this::recovered);
            byName.put(name, upstream);
            for (String prefix : upstreamConfig.routes()) {
                routes.add(new Route(prefix.trim(), upstream));
            }
            Gauge.builder("gateway.upstream.instances.healthy", upstream, Upstream::healthyInstances)
                    .description("Instances of the upstream that are in rotation")
                    .tag("upstream", name).register(registry);
            Gauge.builder("gateway.upstream.circuit.open", upstream,
                    u -> u.circuitState() == CircuitBreakerState.OPEN ? 1 : 0)
                    .description("1 while the upstream's circuit breaker refuses calls")
                    .tag("upstream", name).register(registry);
        });
        // Longest prefix first, so that a more specific route wins.
        routes.sort(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed());
        for (Upstream upstream : byName.values()) {
            checkHealth(upstream);
            long interval = Math.max(100, upstream.config().health().interval().toMillis());
            timers.add(vertx.setPeriodic(interval, id -> checkHealth(upstream)));
            LOG.infof("Upstream %s: instances %s, routes %s", upstream.name(), upstream.config().instances(),
                    upstream.config().routes());
        }
        started = true;
    }

    void stop(@Observes ShutdownEvent event) {
        timers.forEach(vertx::cancelTimer);
        byName.values().forEach(Upstream::close);
    }

    /** The upstream that serves this path, unless the gateway answers it itself. */
    public Optional<Route> route(String path) {
        ensureStarted();
        for (Route route : routes) {
            if (route.matches(path)) {
                return route.upstream().excludes(path) ? Optional.empty() : Optional.of(route);
            }
        }
        return Optional.empty();
    }

    public List<Route> routes() {
        ensureStarted();
        return List.copyOf(routes);
    }

    public Upstream get(String name) {
        ensureStarted();
        Upstream upstream = byName.get(name);
        if (upstream == null) {
            throw new IllegalArgumentException("No upstream named " + name + "; configured: " + byName.keySet());
        }
        return upstream;
    }

    /** All upstreams, ordered by name. */
    public List<Upstream> all() {
        ensureStarted();
        return List.copyOf(byName.values());
    }

    /** Called with an upstream whenever one of its instances comes back into rotation. */
    public void onRecovery(Consumer<Upstream> listener) {
        recoveryListeners.add(listener);
    }

    private void recovered(Upstream upstream) {
        recoveryListeners.forEach(listener -> listener.accept(upstream));
    }

    private void checkHealth(Upstream upstream) {
        GatewayConfig.HealthCheckConfig health = upstream.config().health();
        for (UpstreamInstance instance : upstream.instances()) {
            upstream.healthCheckClient()
                    .request(instance.requestOptions(health.path()).setMethod(HttpMethod.GET)
                            .setConnectTimeout(health.timeout().toMillis())
                            .setIdleTimeout(health.timeout().toMillis()))
                    .compose(request -> request.send().compose(this::drain))
                    .onComplete(result -> {
                        if (result.succeeded() && result.result() / 100 == 2) {
                            upstream.healthCheckPassed(instance);
                        } else {
                            upstream.healthCheckFailed(instance, result.succeeded()
                                    ? "health check answered " + result.result()
                                    : "health check failed: " + Upstream.describe(result.cause()));
                        }
                    });
        }
    }

    private Future<Integer> drain(HttpClientResponse response) {
        return response.body().map(body -> response.statusCode());
    }
}
