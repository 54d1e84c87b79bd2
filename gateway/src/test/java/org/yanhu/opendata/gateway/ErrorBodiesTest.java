package org.yanhu.opendata.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every error the gateway writes itself, and the readiness answer, tell the client what happened in
 * words: no stack trace, no SQL, no Java class name, no internal host and port.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class ErrorBodiesTest {

    private static final Pattern LEAK = Pattern.compile(
            "(\\tat |\\bat [a-z]+\\.[a-z]+\\.|Exception|\\bjava\\.|\\bio\\.vertx|\\borg\\.yanhu|\\.java:|"
                    + "\\bSELECT\\b|\\bINSERT\\b|127\\.0\\.0\\.1|localhost:\\d+|:\\d{4,5}\\b)");

    @Test
    void noProblemTheGatewayWritesLeaksAnInternal() {
        UpstreamStubs.projects().stubFor(get(urlEqualTo("/api/v1/projects/broken-answer"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        UpstreamStubs.projects().stubFor(get(urlPathEqualTo("/api/v1/projects"))
                .withQueryParam("q", com.github.tomakehurst.wiremock.client.WireMock.equalTo("leak"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[{\"id\":")));
        UpstreamStubs.indicators().stubFor(get(urlPathEqualTo("/api/v1/indicators"))
                .withQueryParam("q", com.github.tomakehurst.wiremock.client.WireMock.equalTo("leak"))
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        List<Response> answers = new ArrayList<>();
        answers.add(given().when().get("/nowhere"));
        answers.add(given().when().get("/api/v1/flaky/anything"));
        answers.add(given().when().get("/api/v1/projects/broken-answer"));
        answers.add(given().when().post("/api/v1/search"));
        answers.add(given().when().get("/api/v1/search?limit=0&q=x"));
        answers.add(given().when().get("/api/v1/search?q=leak&types=indicator,project"));
        answers.add(given().when().get("/api/v1/regions/12/profile"));
        answers.add(given().when().get("/q/health/ready"));
        for (Response answer : answers) {
            String body = answer.asString();
            assertFalse(LEAK.matcher(body).find(), answer.statusCode() + " leaks: " + body);
        }
        assertEquals(404, answers.get(0).statusCode());
        assertEquals(503, answers.get(1).statusCode());
        assertEquals(502, answers.get(2).statusCode());
    }
}
