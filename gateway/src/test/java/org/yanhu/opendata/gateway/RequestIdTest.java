package org.yanhu.opendata.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class RequestIdTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void aRequestWithoutIdGetsAFreshOneThatTheServiceSeesToo() {
        UpstreamStubs.indicators().stubFor(get(urlEqualTo("/api/v1/sources?limit=5"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[],\"page\":{\"limit\":5,\"next\":null,\"total\":0}}")));

        String id = given().when().get("/api/v1/sources?limit=5")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID))
                .extract().header("X-Request-Id");

        UpstreamStubs.indicators().verify(getRequestedFor(urlEqualTo("/api/v1/sources?limit=5"))
                .withHeader("X-Request-Id", WireMock.equalTo(id)));
    }

    @Test
    void aValidIdFromTheClientIsKeptPassedOnAndEchoed() {
        UpstreamStubs.projects().stubFor(get(urlEqualTo("/api/v1/project-statuses"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        // The service echoes the id as well; the client must still see it once.
                        .withHeader("X-Request-Id", "newsroom.check:2026-11-24_01")
                        .withBody("{\"items\":[],\"page\":{\"limit\":100,\"next\":null,\"total\":0}}")));

        given().header("X-Request-Id", "newsroom.check:2026-11-24_01")
                .when().get("/api/v1/project-statuses")
                .then().statusCode(200)
                .header("X-Request-Id", "newsroom.check:2026-11-24_01");

        UpstreamStubs.projects().verify(getRequestedFor(urlEqualTo("/api/v1/project-statuses"))
                .withHeader("X-Request-Id", WireMock.equalTo("newsroom.check:2026-11-24_01")));
    }

    @Test
    void anInvalidIdIsReplaced() {
        given().header("X-Request-Id", "no spaces/or slashes allowed")
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void aTooLongIdIsReplaced() {
        given().header("X-Request-Id", "a".repeat(129))
                .when().get("/api/v1/no-such-thing")
                .then().header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void problemsTheGatewayWritesItselfCarryTheRequestId() {
        given().header("X-Request-Id", "trace-404")
                .when().get("/nowhere")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", "trace-404")
                .body("request_id", equalTo("trace-404"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/nowhere"));
    }

    @Test
    void problemsOfTheGatewaysOwnResourcesCarryTheRequestId() {
        given().header("X-Request-Id", "trace-400")
                .when().get("/api/v1/search")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .header("X-Request-Id", "trace-400")
                .body("request_id", equalTo("trace-400"))
                .body("errors[0].field", not(equalTo(null)));
    }
}
