package org.yanhu.opendata.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the "flaky" upstream (each with its own circuit breaker: 2 failures in a window of 4
 * open it for 1 s): one failing or dying instance must cost the other nothing, and idempotent reads
 * that were on the dying one are sent again to the other.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class InstanceFailoverTest {

    @Test
    void oneFailingInstanceOpensOnlyItsOwnCircuit() {
        WireMockServer failing = new WireMockServer(options().port(UpstreamStubs.flakyPort()).gzipDisabled(true));
        WireMockServer serving = new WireMockServer(options().port(UpstreamStubs.flakyPort2()).gzipDisabled(true));
        failing.start();
        serving.start();
        try {
            stage(failing, serving);
            failing.stubFor(get(urlEqualTo("/api/v1/flaky/mixed")).willReturn(aResponse().withStatus(500)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody("{\"status\":500,\"title\":\"Internal server error\"}")));
            serving.stubFor(get(urlEqualTo("/api/v1/flaky/mixed")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
            int failed = 0;
            for (int i = 0; i < 12; i++) {
                failed += given().when().get("/api/v1/flaky/mixed").statusCode() == 200 ? 0 : 1;
            }
            assertTrue(failed <= 3, "only the failing instance's own answers fail until its circuit opens: " + failed);
            for (int i = 0; i < 10; i++) {
                given().when().get("/api/v1/flaky/mixed").then().statusCode(200).body("ok", equalTo(true));
            }
            given().when().get("/q/health/ready").then().statusCode(200);
        } finally {
            failing.stop();
            serving.stop();
        }
    }

    @Test
    void anInstanceThatDiesUnderLoadCostsIdempotentReadsNothing() throws Exception {
        WireMockServer dying = new WireMockServer(options().port(UpstreamStubs.flakyPort()).gzipDisabled(true));
        WireMockServer serving = new WireMockServer(options().port(UpstreamStubs.flakyPort2()).gzipDisabled(true));
        dying.start();
        serving.start();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            stage(dying, serving);
            for (WireMockServer server : List.of(dying, serving)) {
                server.stubFor(get(urlEqualTo("/api/v1/flaky/read")).willReturn(aResponse().withStatus(200)
                        .withFixedDelay(20).withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest read = HttpRequest.newBuilder(URI.create("http://127.0.0.1:18080/api/v1/flaky/read"))
                    .timeout(Duration.ofSeconds(5)).build();
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            AtomicInteger sent = new AtomicInteger();
            List<Future<?>> loops = new ArrayList<>();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
            for (int c = 0; c < 8; c++) {
                loops.add(clients.submit(() -> {
                    while (System.nanoTime() < until) {
                        int status;
                        try {
                            status = http.send(read, HttpResponse.BodyHandlers.ofString()).statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        sent.incrementAndGet();
                        statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                }));
            }
            Thread.sleep(1500);
            dying.stop();
            for (Future<?> loop : loops) {
                loop.get(20, TimeUnit.SECONDS);
            }
            int ok = statuses.getOrDefault(200, new AtomicInteger()).get();
            assertTrue(sent.get() > 100, "a steady load: " + sent.get());
            // Retried on the other instance, reads lose close to nothing (the bound); on these shared
            // 2-core machines one request in several hundred can still land in the instant of the kill.
            int failed = sent.get() - ok;
            assertTrue(failed <= Math.max(1, sent.get() / 100),
                    "reads served while one of two instances dies, at most 1 % failed: " + statuses);
            given().when().get("/q/health/ready").then().statusCode(200);
        } finally {
            clients.shutdownNow();
            dying.stop();
            serving.stop();
        }
    }

    private static void stage(WireMockServer... servers) {
        for (WireMockServer server : servers) {
            UpstreamStubs.stageHealthAndDocument(server, null);
            server.stubFor(get(urlEqualTo("/api/v1/flaky/probe")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
        }
        await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            given().when().get("/q/health/ready").then()
                    .body("checks.find { it.name == 'upstreams' }.data.'flaky.instances'", equalTo("2/2 healthy"));
            for (int i = 0; i < 4; i++) {
                given().when().get("/api/v1/flaky/probe").then().statusCode(200);
            }
        });
        for (WireMockServer server : servers) {
            server.resetRequests();
        }
    }
}
