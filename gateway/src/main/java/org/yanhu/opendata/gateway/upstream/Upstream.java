package org.yanhu.opendata.gateway.upstream;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.net.ConnectException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import org.yanhu.opendata.gateway.config.GatewayConfig;
import org.yanhu.opendata.gateway.upstream.UpstreamUnavailableException.Reason;

/**
 * One service behind the gateway: its instances balanced round-robin with passive and active health
 * checks, its timeouts, and a SmallRye Fault Tolerance circuit breaker around every call.
 */
public final class Upstream {

    private static final Logger LOG = Logger.getLogger(Upstream.class);
    private static final TypeLiteral<CompletionStage<Object>> ASYNC = new TypeLiteral<>() {
    };

    private final String name;
    private final GatewayConfig.UpstreamConfig config;
    private final List<UpstreamInstance> instances;
    private final List<Pattern> excluded;
    private final HttpClient client;
    private final Guard guard;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicReference<CircuitBreakerState> circuit = new AtomicReference<>(CircuitBreakerState.CLOSED);
    private final AtomicLong circuitOpenedAt = new AtomicLong();
    private final Consumer<Upstream> onRecovery;

    Upstream(String name, GatewayConfig.UpstreamConfig config, Vertx vertx, Consumer<Upstream> onRecovery) {
        this.name = name;
        this.config = config;
        this.onRecovery = onRecovery;
        this.instances = config.instances().stream().map(UpstreamInstance::new).toList();
        this.excluded = config.exclude().orElse(List.of()).stream().map(Pattern::compile).toList();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(64)
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setDecompressionSupported(false));
        GatewayConfig.CircuitBreakerConfig breaker = config.circuitBreaker();
        this.guard = Guard.create()
                .withDescription("upstream " + name)
                .withCircuitBreaker()
                .name("upstream-" + name)
                .requestVolumeThreshold(breaker.requestVolumeThreshold())
                .failureRatio(breaker.failureRatio())
                .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(breaker.successThreshold())
                .when(Upstream::isFailure)
                .onStateChange(this::circuitChanged)
                .done()
                .withThreadOffload(false)
                .build();
    }

    public String name() {
        return name;
    }

    public List<UpstreamInstance> instances() {
        return instances;
    }

    public GatewayConfig.UpstreamConfig config() {
        return config;
    }

    public CircuitBreakerState circuitState() {
        return circuit.get();
    }

    public long healthyInstances() {
        return instances.stream().filter(UpstreamInstance::isHealthy).count();
    }

    /** Whether the gateway answers this path itself although it lies under one of this upstream's prefixes. */
    public boolean excludes(String path) {
        for (Pattern pattern : excluded) {
            if (pattern.matcher(path).matches()) {
                return true;
            }
        }
        return false;
    }

    public HttpClient client() {
        return client;
    }

    /**
     * Opens a request to the next healthy instance. A connection that fails takes its instance out
     * of rotation and the next instance is tried, so one instance that is down costs no caller a failure.
     */
    public Future<HttpClientRequest> open(HttpMethod method, String uri) {
        List<UpstreamInstance> rotation = rotation();
        if (rotation.isEmpty()) {
            return Future.failedFuture(new UpstreamUnavailableException(name, Reason.NO_HEALTHY_INSTANCE,
                    "The " + name + " service is unavailable: none of its " + instances.size()
                            + " instance(s) passes its health check",
                    retryAfterSeconds()));
        }
        return open(rotation, 0, method, uri);
    }

    private Future<HttpClientRequest> open(List<UpstreamInstance> rotation, int index, HttpMethod method, String uri) {
        UpstreamInstance instance = rotation.get(index);
        RequestOptions options = instance.requestOptions(uri)
                .setMethod(method)
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.timeout().toMillis());
        return client.request(options).recover(error -> {
            takeOutOfRotation(instance, "connection failed: " + describe(error));
            if (index + 1 < rotation.size()) {
                return open(rotation, index + 1, method, uri);
            }
            return Future.failedFuture(new UpstreamUnavailableException(name, Reason.UNREACHABLE,
                    "The " + name + " service is unavailable: no instance accepts connections",
                    retryAfterSeconds()));
        });
    }

    /** Healthy instances, starting with the next one in round-robin order. */
    private List<UpstreamInstance> rotation() {
        int start = Math.floorMod(next.getAndIncrement(), instances.size());
        List<UpstreamInstance> rotation = new ArrayList<>(instances.size());
        for (int i = 0; i < instances.size(); i++) {
            UpstreamInstance candidate = instances.get((start + i) % instances.size());
            if (candidate.isHealthy()) {
                rotation.add(candidate);
            }
        }
        return rotation;
    }

    /**
     * Runs a call to this upstream under its circuit breaker. The call's outcome is delivered back on
     * the caller's Vert.x context. A timeout becomes a 504, an open circuit a 503.
     */
    @SuppressWarnings("unchecked")
    public <T> Future<T> guarded(Supplier<Future<T>> call) {
        Context context = Vertx.currentContext();
        CompletionStage<Object> stage;
        try {
            stage = guard.get(() -> (CompletionStage<Object>) call.get().toCompletionStage(), ASYNC);
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        Future<Object> future = context == null ? Future.fromCompletionStage(stage)
                : Future.fromCompletionStage(stage, context);
        future = future.recover(error -> Future.failedFuture(translate(unwrap(error))));
        return (Future<T>) future;
    }

    private Throwable translate(Throwable error) {
        if (error instanceof CircuitBreakerOpenException) {
            long elapsed = System.currentTimeMillis() - circuitOpenedAt.get();
            long remaining = (config.circuitBreaker().delay().toMillis() - elapsed + 999) / 1000;
            return new UpstreamUnavailableException(name, Reason.CIRCUIT_OPEN, "The " + name
                    + " service is unavailable: it failed repeatedly, so the gateway does not call it for a while",
                    remaining);
        }
        if (error instanceof TimeoutException) {
            return new UpstreamUnavailableException(name, Reason.TIMEOUT, "The " + name
                    + " service did not answer within " + config.timeout().toMillis() + " ms", retryAfterSeconds());
        }
        return error;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException
                || current instanceof ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean isFailure(Throwable error) {
        Throwable e = unwrap(error);
        return e instanceof UpstreamUnavailableException || e instanceof TimeoutException
                || e instanceof UpstreamServerError || e instanceof ConnectException;
    }

    private void circuitChanged(CircuitBreakerState state) {
        if (state == CircuitBreakerState.OPEN) {
            circuitOpenedAt.set(System.currentTimeMillis());
        }
        CircuitBreakerState before = circuit.getAndSet(state);
        if (before != state) {
            LOG.infof("Circuit of upstream %s is now %s", name, state);
        }
    }

    /** Seconds a caller should wait before trying again: one health-check round. */
    long retryAfterSeconds() {
        return Math.max(1, (config.health().interval().toMillis() + 999) / 1000);
    }

    void takeOutOfRotation(UpstreamInstance instance, String problem) {
        if (instance.markUnhealthy(problem)) {
            LOG.warnf("Upstream %s instance %s taken out of rotation: %s", name, instance, problem);
        }
    }

    void putBackIntoRotation(UpstreamInstance instance) {
        if (instance.markHealthy()) {
            LOG.infof("Upstream %s instance %s is healthy again", name, instance);
            onRecovery.accept(this);
        }
    }

    static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    void close() {
        client.close();
    }
}
