package org.yanhu.opendata.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * In the test profile every upstream times out after 1 s and is health-checked every 300 ms; the
 * "flaky" upstream's circuit opens when 2 of the last 4 calls failed, and stays open for 1 s.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class UpstreamFailureTest {

    @Test
    void aDownUpstreamAnswers503WithRetryAfterWithinASecond() {
        long started = System.nanoTime();
        given().header("X-Request-Id", "down-1")
                .when().get("/api/v1/flaky/anything")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://yanhu-opendata.org/problems/upstream-unavailable"))
                .body("detail", startsWith("The flaky service is unavailable"))
                .body("request_id", equalTo("down-1"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 1000, "took " + millis + " ms");
    }

    @Test
    void otherRoutesKeepWorkingWhileAnUpstreamIsDown() {
        given().when().get("/api/v1/flaky/anything").then().statusCode(503);
        UpstreamStubs.projects().stubFor(get(urlEqualTo("/api/v1/pledges?limit=1"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[],\"page\":{\"limit\":1,\"next\":null,\"total\":0}}")));
        given().when().get("/api/v1/pledges?limit=1").then().statusCode(200);
    }

    @Test
    void aSlowUpstreamAnswers504AtItsTimeout() {
        UpstreamStubs.projects().stubFor(get(urlEqualTo("/api/v1/projects/slow-survey"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(3000)
                        .withHeader("Content-Type", "application/json").withBody("{}")));

        long started = System.nanoTime();
        given().when().get("/api/v1/projects/slow-survey")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://yanhu-opendata.org/problems/upstream-timeout"))
                .body("detail", containsString("within 1000 ms"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis >= 900 && millis < 2500, "took " + millis + " ms");
    }

    @Test
    void anInstanceThatIsDownIsSkipped() {
        UpstreamStubs.indicators().stubFor(get(urlEqualTo("/api/v1/regions"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[{\"code\":\"140802\"}],\"page\":{\"limit\":100,\"next\":null,"
                                + "\"total\":1}}")));
        for (int i = 0; i < 6; i++) {
            given().when().get("/api/v1/regions")
                    .then().statusCode(200)
                    .body("items[0].code", equalTo("140802"));
        }
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'upstreams' }.data.'indicators.instances'", equalTo("1/2 healthy"))
                .body("checks.find { it.name == 'upstreams' }.data.'indicators.instance-2'",
                        matchesPattern("DOWN: \\d+ health checks in a row failed, the last: health check failed: "
                                + "connection refused or unreachable"));
    }

    @Test
    void requestsAreSharedRoundRobinBetweenHealthyInstances() {
        WireMockServer one = new WireMockServer(options().port(UpstreamStubs.flakyPort()).gzipDisabled(true));
        WireMockServer two = new WireMockServer(options().port(UpstreamStubs.flakyPort2()).gzipDisabled(true));
        one.start();
        two.start();
        try {
            for (WireMockServer server : List.of(one, two)) {
                UpstreamStubs.stageHealthAndDocument(server, null);
                server.stubFor(get(urlEqualTo("/api/v1/flaky/shared")).willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
            }
            await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                given().when().get("/q/health/ready").then()
                        .body("checks.find { it.name == 'upstreams' }.data.'flaky.instances'", equalTo("2/2 healthy"));
                given().when().get("/api/v1/flaky/shared").then().statusCode(200);
            });
            one.resetRequests();
            two.resetRequests();
            for (int i = 0; i < 6; i++) {
                given().when().get("/api/v1/flaky/shared").then().statusCode(200);
            }
            assertEquals(3, one.findAll(getRequestedFor(urlEqualTo("/api/v1/flaky/shared"))).size());
            assertEquals(3, two.findAll(getRequestedFor(urlEqualTo("/api/v1/flaky/shared"))).size());
        } finally {
            one.stop();
            two.stop();
        }
    }

    @Test
    void aFailingUpstreamIsCutOffByItsCircuitAndComesBackByItself() {
        WireMockServer flaky = new WireMockServer(options().port(UpstreamStubs.flakyPort()).gzipDisabled(true));
        flaky.start();
        try {
            UpstreamStubs.stageHealthAndDocument(flaky, null);
            flaky.stubFor(get(urlEqualTo("/api/v1/flaky/answer")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));

            // Back in rotation after a health check, and through a half-open circuit; then a window of
            // successes, so that what follows alone decides the circuit.
            AtomicInteger successes = new AtomicInteger();
            await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(100)).until(() -> {
                int status = given().when().get("/api/v1/flaky/answer").statusCode();
                return status == 200 ? successes.incrementAndGet() >= 4 : successes.getAndSet(0) < 0;
            });

            flaky.stubFor(get(urlEqualTo("/api/v1/flaky/answer")).willReturn(aResponse().withStatus(500)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody("{\"status\":500,\"title\":\"Internal server error\"}")));
            int failuresPassedOn = 0;
            while (failuresPassedOn < 4) {
                Response response = given().when().get("/api/v1/flaky/answer");
                if (response.statusCode() == 503) {
                    break;
                }
                // The service's own 500 reaches the client unchanged while the circuit counts it.
                response.then().statusCode(500).body("title", equalTo("Internal server error"));
                failuresPassedOn++;
            }
            assertEquals(2, failuresPassedOn, "half of a window of 4 failed: the circuit opens");
            int calls = flaky.findAll(getRequestedFor(urlEqualTo("/api/v1/flaky/answer"))).size();
            long started = System.nanoTime();
            given().when().get("/api/v1/flaky/answer")
                    .then().statusCode(503)
                    .header("Retry-After", notNullValue())
                    .body("detail", containsString("failed repeatedly"));
            assertTrue((System.nanoTime() - started) / 1_000_000 < 200, "an open circuit answers at once");
            assertEquals(calls, flaky.findAll(getRequestedFor(urlEqualTo("/api/v1/flaky/answer"))).size(),
                    "an open circuit does not call the service");

            flaky.stubFor(get(urlEqualTo("/api/v1/flaky/answer")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    given().when().get("/api/v1/flaky/answer").then().statusCode(200));
        } finally {
            flaky.stop();
        }
    }
}
