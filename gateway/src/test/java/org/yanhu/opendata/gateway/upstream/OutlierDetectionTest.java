package org.yanhu.opendata.gateway.upstream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlierDetectionTest {

    private final UpstreamInstance one = new UpstreamInstance(URI.create("http://127.0.0.1:1"));
    private final UpstreamInstance two = new UpstreamInstance(URI.create("http://127.0.0.1:2"));
    private final OutlierDetection outliers = new OutlierDetection("svc", List.of(one, two), 3, 2);

    @Test
    void anInstanceLeavesTheRotationOnlyAfterThreeConnectionFailuresInARow() {
        assertFalse(outliers.connectFailed(one, "refused"));
        assertFalse(outliers.connectFailed(one, "refused"));
        assertTrue(one.isHealthy());
        assertTrue(outliers.connectFailed(one, "refused"));
        assertFalse(one.isHealthy());
        assertTrue(one.lastProblem().contains("3 connection attempts in a row failed"), one.lastProblem());
    }

    @Test
    void aConnectionThatSucceedsInBetweenStartsTheCountAgain() {
        outliers.connectFailed(one, "refused");
        outliers.connectFailed(one, "refused");
        outliers.connected(one);
        outliers.connectFailed(one, "refused");
        outliers.connectFailed(one, "refused");
        assertTrue(one.isHealthy());
    }

    @Test
    void connectionFailuresNeverEjectTheLastHealthyInstance() {
        for (int i = 0; i < 3; i++) {
            outliers.connectFailed(two, "refused");
        }
        assertFalse(two.isHealthy());
        for (int i = 0; i < 10; i++) {
            assertFalse(outliers.connectFailed(one, "refused"));
        }
        assertTrue(one.isHealthy(), "the last healthy instance stays; its health check decides");
    }

    @Test
    void oneFailedHealthCheckIsNotEnoughAndTwoInARowAre() {
        assertFalse(outliers.healthCheckFailed(one, "503"));
        assertTrue(one.isHealthy());
        assertTrue(outliers.healthCheckFailed(one, "503"));
        assertFalse(one.isHealthy());
    }

    @Test
    void theLastHealthyInstanceNeedsTwoFailedHealthChecksEvenWhenOneWouldDo() {
        OutlierDetection eager = new OutlierDetection("svc", List.of(one, two), 3, 1);
        assertTrue(eager.healthCheckFailed(two, "refused"), "another instance is healthy: one check is enough");
        assertFalse(eager.healthCheckFailed(one, "refused"), "never the last healthy instance on a single failure");
        assertTrue(one.isHealthy());
        assertTrue(eager.healthCheckFailed(one, "refused"));
        assertFalse(one.isHealthy());
    }

    @Test
    void onePassedHealthCheckBringsAnInstanceBackAndClearsTheEvidence() {
        outliers.healthCheckFailed(one, "503");
        outliers.healthCheckFailed(one, "503");
        assertTrue(outliers.healthCheckPassed(one));
        assertTrue(one.isHealthy());
        assertFalse(outliers.healthCheckFailed(one, "503"), "the count starts again");
    }
}
