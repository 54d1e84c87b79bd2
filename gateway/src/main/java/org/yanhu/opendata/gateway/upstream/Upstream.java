package org.yanhu.opendata.gateway.upstream;

import io.netty.channel.ConnectTimeoutException;
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
import java.util.IdentityHashMap;
import java.util.Map;
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
 * One service behind the gateway: its instances balanced round-robin, taken out of rotation and back
 * by {@link OutlierDetection}, its timeouts, and a SmallRye Fault Tolerance circuit breaker per
 * instance around every call, so that one failing instance never cuts off the others: while an
 * instance's circuit is open, calls go to the other instances, and only when every circuit is open
 * does the upstream answer "circuit open". Requests use a pool of kept-alive connections; a request
 * sent again because its connection broke, and every health check, use a fresh connection of their own.
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
    private final HttpClient freshClient;
    private final OutlierDetection outliers;
    private final Map<UpstreamInstance, InstanceCircuit> circuits = new IdentityHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final Consumer<Upstream> onRecovery;

    /** One instance's circuit breaker, and its state as the breaker last reported it. */
    private final class InstanceCircuit {

        final Guard guard;
        final AtomicReference<CircuitBreakerState> state = new AtomicReference<>(CircuitBreakerState.CLOSED);
        final AtomicLong openedAt = new AtomicLong();

        InstanceCircuit(UpstreamInstance instance) {
            GatewayConfig.CircuitBreakerConfig breaker = config.circuitBreaker();
            this.guard = Guard.create()
                    .withDescription("upstream " + name + " instance " + instance)
                    .withCircuitBreaker()
                    .name("upstream-" + name + "-" + instance.baseUrl().getHost() + "-" + instance.baseUrl().getPort())
                    .requestVolumeThreshold(breaker.requestVolumeThreshold())
                    .failureRatio(breaker.failureRatio())
                    .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                    .successThreshold(breaker.successThreshold())
                    .when(Upstream::isFailure)
                    .onStateChange(changed -> changed(instance, changed))
                    .done()
                    .withThreadOffload(false)
                    .build();
        }

        /** Whether a call may go to the instance: a closed or half-open circuit, or one whose delay is over. */
        boolean admits() {
            return state.get() != CircuitBreakerState.OPEN
                    || System.currentTimeMillis() - openedAt.get() >= config.circuitBreaker().delay().toMillis();
        }

        long remainingMillis() {
            return Math.max(0, config.circuitBreaker().delay().toMillis() - (System.currentTimeMillis() - openedAt.get()));
        }

        private void changed(UpstreamInstance instance, CircuitBreakerState changed) {
            if (changed == CircuitBreakerState.OPEN) {
                openedAt.set(System.currentTimeMillis());
            }
            if (state.getAndSet(changed) != changed) {
                LOG.infof("Circuit of upstream %s instance %s is now %s", name, instance, changed);
            }
        }
    }

    Upstream(String name, GatewayConfig.UpstreamConfig config, Vertx vertx, Consumer<Upstream> onRecovery) {
        this.name = name;
        this.config = config;
        this.onRecovery = onRecovery;
        this.instances = config.instances().stream().map(UpstreamInstance::new).toList();
        this.excluded = config.exclude().orElse(List.of()).stream().map(Pattern::compile).toList();
        this.client = vertx.createHttpClient(clientOptions().setKeepAlive(true).setMaxPoolSize(64));
        this.freshClient = vertx.createHttpClient(clientOptions().setKeepAlive(false).setMaxPoolSize(16));
        this.outliers = new OutlierDetection(name, instances, config.outlier(), config.health());
        instances.forEach(instance -> circuits.put(instance, new InstanceCircuit(instance)));
    }

    private HttpClientOptions clientOptions() {
        return new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setDecompressionSupported(false);
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

    /** OPEN when no healthy instance's circuit admits calls, so that the upstream cannot be called at all. */
    public CircuitBreakerState circuitState() {
        boolean anyHealthy = false;
        for (UpstreamInstance instance : instances) {
            if (instance.isHealthy()) {
                anyHealthy = true;
                if (circuits.get(instance).admits()) {
                    return circuits.get(instance).state.get() == CircuitBreakerState.OPEN
                            ? CircuitBreakerState.HALF_OPEN : circuits.get(instance).state.get();
                }
            }
        }
        return anyHealthy ? CircuitBreakerState.OPEN : CircuitBreakerState.CLOSED;
    }

    /** The state of one instance's circuit. */
    public CircuitBreakerState circuitState(UpstreamInstance instance) {
        return circuits.get(instance).state.get();
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
     * Opens a request to {@code preferred} (the instance whose circuit guards the call), or, when it is
     * null or out of rotation, to the next instance in rotation. A connection that cannot be opened
     * counts against its instance and the next instance is tried, so one instance that is down costs no
     * caller a failure. A pooled connection that turns out closed as it is handed out is replaced by a
     * fresh one to the same instance: nothing was sent on it, so this is safe for any method.
     */
    public Future<HttpClientRequest> open(UpstreamInstance preferred, HttpMethod method, String uri, boolean fresh) {
        // The turn was taken when the preferred instance was picked: taking another would skip one.
        List<UpstreamInstance> rotation = preferred == null ? rotation() : rotation(0);
        if (rotation.isEmpty()) {
            return Future.failedFuture(unavailable());
        }
        if (preferred != null && rotation.remove(preferred)) {
            rotation.add(0, preferred);
        }
        return open(rotation, 0, method, uri, fresh);
    }

    /** The next instance in rotation, or null when none is healthy with a circuit that admits calls. */
    public UpstreamInstance pick() {
        List<UpstreamInstance> rotation = rotation();
        return rotation.isEmpty() ? null : rotation.get(0);
    }

    /**
     * For a request sent again: an instance in rotation other than {@code tried} when there is one (its
     * connection just broke: the instance may be going down), else {@code tried}.
     */
    public UpstreamInstance another(UpstreamInstance tried) {
        for (UpstreamInstance candidate : rotation(0)) {
            if (candidate != tried) {
                return candidate;
            }
        }
        return tried;
    }

    private UpstreamUnavailableException unavailable() {
        if (instances.stream().anyMatch(UpstreamInstance::isHealthy)) {
            long remaining = instances.stream().filter(UpstreamInstance::isHealthy)
                    .mapToLong(instance -> circuits.get(instance).remainingMillis()).min().orElse(0);
            return new UpstreamUnavailableException(name, Reason.CIRCUIT_OPEN, "The " + name
                    + " service is unavailable: it failed repeatedly, so the gateway does not call it for a while",
                    Math.max(1, (remaining + 999) / 1000));
        }
        return new UpstreamUnavailableException(name, Reason.NO_HEALTHY_INSTANCE,
                "The " + name + " service is unavailable: none of its " + instances.size()
                        + " instance(s) passes its health check",
                retryAfterSeconds());
    }

    private Future<HttpClientRequest> open(List<UpstreamInstance> rotation, int index, HttpMethod method, String uri,
            boolean fresh) {
        UpstreamInstance instance = rotation.get(index);
        RequestOptions options = instance.requestOptions(uri)
                .setMethod(method)
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(isRead(method) ? config.timeout().toMillis() : config.writeTimeout().toMillis());
        return (fresh ? freshClient : client).request(options)
                .onSuccess(request -> outliers.connected(instance))
                .recover(error -> {
                    if (ConnectionFailures.isConnectFailure(error)) {
                        outliers.connectFailed(instance, describe(error));
                        if (index + 1 < rotation.size()) {
                            return open(rotation, index + 1, method, uri, fresh);
                        }
                        return Future.failedFuture(new UpstreamUnavailableException(name, Reason.UNREACHABLE,
                                "The " + name + " service is unavailable: no instance accepts connections",
                                retryAfterSeconds()));
                    }
                    if (!fresh) {
                        return open(rotation, index, method, uri, true);
                    }
                    return Future.failedFuture(error);
                });
    }

    private static boolean isRead(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
    }

    /** Healthy instances whose circuit admits calls, starting with the next one in round-robin order. */
    private List<UpstreamInstance> rotation() {
        return rotation(Math.floorMod(next.getAndIncrement(), instances.size()));
    }

    private List<UpstreamInstance> rotation(int start) {
        List<UpstreamInstance> rotation = new ArrayList<>(instances.size());
        for (int i = 0; i < instances.size(); i++) {
            UpstreamInstance candidate = instances.get((start + i) % instances.size());
            if (candidate.isHealthy() && circuits.get(candidate).admits()) {
                rotation.add(candidate);
            }
        }
        return rotation;
    }

    /** As {@link #guarded(UpstreamInstance, Supplier)}, for the next instance in rotation. */
    public <T> Future<T> guarded(java.util.function.Function<UpstreamInstance, Future<T>> call) {
        UpstreamInstance instance = pick();
        if (instance == null) {
            return Future.failedFuture(unavailable());
        }
        return guarded(instance, () -> call.apply(instance));
    }

    /**
     * Runs a call to this instance under its circuit breaker. The call's outcome is delivered back on
     * the caller's Vert.x context. A timeout becomes a 504, an open circuit a 503.
     */
    @SuppressWarnings("unchecked")
    public <T> Future<T> guarded(UpstreamInstance instance, Supplier<Future<T>> call) {
        Context context = Vertx.currentContext();
        CompletionStage<Object> stage;
        try {
            stage = circuits.get(instance).guard.get(
                    () -> (CompletionStage<Object>) call.get().toCompletionStage(), ASYNC);
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
            return unavailable();
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

    /** Seconds a caller should wait before trying again: one health-check round. */
    long retryAfterSeconds() {
        return Math.max(1, (config.health().interval().toMillis() + 999) / 1000);
    }

    /** A health check of this instance passed; returns whether it came back into rotation. */
    boolean healthCheckPassed(UpstreamInstance instance) {
        if (outliers.healthCheckPassed(instance)) {
            onRecovery.accept(this);
            return true;
        }
        return false;
    }

    void healthCheckFailed(UpstreamInstance instance, String problem) {
        outliers.healthCheckFailed(instance, problem);
    }

    /** The client for health checks: a fresh connection each time, so that a spoiled pooled one cannot fail it. */
    HttpClient healthCheckClient() {
        return freshClient;
    }

    /** What went wrong, in words that name no class, host or port: they show in readiness answers. */
    static String describe(Throwable error) {
        if (error instanceof ConnectTimeoutException) {
            return "no connection within the connect timeout";
        }
        if (ConnectionFailures.isConnectFailure(error)) {
            return "connection refused or unreachable";
        }
        if (ConnectionFailures.isBrokenConnection(error)) {
            return "connection closed";
        }
        if (error instanceof TimeoutException) {
            return "no answer in time";
        }
        return "the exchange failed";
    }

    void close() {
        client.close();
        freshClient.close();
    }
}
