package org.yanhu.opendata.gateway.upstream;

import java.util.List;
import org.jboss.logging.Logger;
import org.yanhu.opendata.gateway.config.GatewayConfig;

/**
 * Decides when an instance leaves the rotation and when it comes back, on evidence only, the way
 * Envoy's outlier detection does: a number of consecutive failed connection attempts, or of
 * consecutive failed health checks. A pooled connection that was closed under a request is no
 * evidence (the request is sent again on a fresh connection instead). Failed connection attempts
 * never eject the last healthy instance: that is left to the health check, which needs at least two
 * failures in a row for it. One passed health check brings an instance back.
 */
final class OutlierDetection {

    private static final Logger LOG = Logger.getLogger(OutlierDetection.class);

    private final String upstream;
    private final List<UpstreamInstance> instances;
    private final int consecutiveConnectFailures;
    private final int unhealthyThreshold;

    OutlierDetection(String upstream, List<UpstreamInstance> instances, GatewayConfig.OutlierConfig outlier,
            GatewayConfig.HealthCheckConfig health) {
        this(upstream, instances, outlier.consecutiveConnectFailures(), health.unhealthyThreshold());
    }

    OutlierDetection(String upstream, List<UpstreamInstance> instances, int consecutiveConnectFailures,
            int unhealthyThreshold) {
        this.upstream = upstream;
        this.instances = instances;
        this.consecutiveConnectFailures = Math.max(1, consecutiveConnectFailures);
        this.unhealthyThreshold = Math.max(1, unhealthyThreshold);
    }

    void connected(UpstreamInstance instance) {
        instance.connectFailures.set(0);
    }

    /** Returns whether the instance was taken out of rotation. */
    boolean connectFailed(UpstreamInstance instance, String problem) {
        int failures = instance.connectFailures.incrementAndGet();
        if (failures < consecutiveConnectFailures || !instance.isHealthy()) {
            return false;
        }
        if (healthyOthers(instance) == 0) {
            LOG.debugf("Upstream %s instance %s: %d connection failures in a row, but it is the last healthy "
                    + "instance; its health check decides", upstream, instance, failures);
            return false;
        }
        return eject(instance, failures + " connection attempts in a row failed, the last: " + problem);
    }

    /** Returns whether the instance was taken out of rotation. */
    boolean healthCheckFailed(UpstreamInstance instance, String problem) {
        int failures = instance.failedHealthChecks.incrementAndGet();
        int needed = healthyOthers(instance) == 0 ? Math.max(2, unhealthyThreshold) : unhealthyThreshold;
        if (failures < needed) {
            return false;
        }
        return eject(instance, failures + " health checks in a row failed, the last: " + problem);
    }

    /** Returns whether the instance came back into rotation. */
    boolean healthCheckPassed(UpstreamInstance instance) {
        instance.failedHealthChecks.set(0);
        instance.connectFailures.set(0);
        if (instance.markHealthy()) {
            LOG.infof("Upstream %s instance %s is healthy again", upstream, instance);
            return true;
        }
        return false;
    }

    private boolean eject(UpstreamInstance instance, String why) {
        if (instance.markUnhealthy(why)) {
            LOG.warnf("Upstream %s instance %s taken out of rotation: %s", upstream, instance, why);
            return true;
        }
        return false;
    }

    private long healthyOthers(UpstreamInstance instance) {
        return instances.stream().filter(other -> other != instance && other.isHealthy()).count();
    }
}
