package org.yanhu.opendata.gateway.health;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.yanhu.opendata.gateway.ratelimit.RateLimiter;
import org.yanhu.opendata.gateway.upstream.Upstream;
import org.yanhu.opendata.gateway.upstream.UpstreamInstance;
import org.yanhu.opendata.gateway.upstream.Upstreams;

/**
 * Reports every upstream and instance. The gateway is ready while at least one upstream has a
 * healthy instance: with one service down it still serves the other, the documents, the explorer
 * and partial search results, and taking it out of a load balancer would help nobody, since every
 * gateway instance sees the same services. Only when no service at all can be reached is it DOWN.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements HealthCheck {

    @Inject
    Upstreams upstreams;

    @Inject
    RateLimiter rateLimiter;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstreams");
        boolean anyReachable = false;
        for (Upstream upstream : upstreams.all()) {
            long healthy = upstream.healthyInstances();
            boolean up = healthy > 0 && upstream.circuitState() != CircuitBreakerState.OPEN;
            anyReachable |= up;
            builder.withData(upstream.name(), up ? "UP" : "DOWN");
            builder.withData(upstream.name() + ".instances", healthy + "/" + upstream.instances().size() + " healthy");
            builder.withData(upstream.name() + ".circuit", upstream.circuitState().name());
            // Instances by number, not address: the addresses are internal (the start-up log lists them).
            for (int i = 0; i < upstream.instances().size(); i++) {
                UpstreamInstance instance = upstream.instances().get(i);
                builder.withData(upstream.name() + ".instance-" + (i + 1), instance.isHealthy() ? "UP"
                        : "DOWN: " + instance.lastProblem());
            }
        }
        builder.withData("rate-limit-store", rateLimiter.usesRedis() ? "redis" : "memory");
        return builder.status(anyReachable).build();
    }
}
