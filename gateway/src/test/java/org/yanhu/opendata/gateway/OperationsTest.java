package org.yanhu.opendata.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class OperationsTest {

    @Test
    void readinessReportsEveryUpstreamAndStaysUpWhileOneIsDown() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.indicators", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.projects", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.flaky", equalTo("DOWN"));
    }

    @Test
    void metricsCountRequestsPerRouteUpstreamAndStatusWithLatencyHistograms() {
        UpstreamStubs.indicators().stubFor(get(urlEqualTo("/api/v1/claims/check?text=x"))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":422}")));
        given().when().get("/api/v1/claims/check?text=x").then().statusCode(422);

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("gateway_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\","
                        + "route=\"/api/v1/claims\",status=\"422\",upstream=\"indicators\"}"))
                .body(containsString("gateway_requests_seconds_bucket{"))
                .body(containsString("gateway_upstream_instances_healthy{upstream=\"indicators\"} 1.0"))
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void anUnknownApiPathIsANotFoundProblem() {
        given().when().get("/api/v1/budgets")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("https://yanhu-opendata.org/problems/not-found"))
                .body("detail", containsString("/api/v1/budgets"));
    }

    @Test
    void aPathThatOnlyLooksLikeARouteIsNotProxied() {
        given().when().get("/api/v1/indicatorsX")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void publicReadsAreOpenToEveryOrigin() {
        given().header("Origin", "https://newsroom.example")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/indicators")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://newsroom.example")
                .header("Access-Control-Allow-Methods", containsString("GET"));

        UpstreamStubs.indicators().stubFor(get(urlEqualTo("/api/v1/indicators/GDP"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Access-Control-Allow-Origin", "https://elsewhere.example")
                        .withBody("{\"code\":\"GDP\"}")));
        given().header("Origin", "https://newsroom.example")
                .when().get("/api/v1/indicators/GDP")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://newsroom.example")
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"));
    }

    @Test
    void theDataExplorerIsServed() {
        given().when().get("/explorer/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<title>"))
                .body(containsString("explorer.js"));
        given().when().get("/explorer/explorer.js")
                .then().statusCode(200)
                .body(matchesPattern("(?s).*/api/v1/search.*"));
    }
}
