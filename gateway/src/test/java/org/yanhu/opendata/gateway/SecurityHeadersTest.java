package org.yanhu.opendata.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class SecurityHeadersTest {

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Test
    void proxiedAnswersCarryTheSecurityHeadersAndNameNoServerSoftware() {
        UpstreamStubs.indicators().stubFor(get(urlEqualTo("/api/v1/topics?security=1"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Server", "Jetty(12.0.16)").withHeader("X-Powered-By", "Quarkus 3.30.8")
                        .withBody("{\"items\":[]}")));

        given().when().get("/api/v1/topics?security=1")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", API_POLICY)
                .header("Server", nullValue())
                .header("X-Powered-By", nullValue());
    }

    @Test
    void theGatewaysOwnProblemsCarryThemToo() {
        given().when().get("/nowhere")
                .then().statusCode(404)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", API_POLICY)
                .header("Server", nullValue());
    }

    @Test
    void theExplorerMayRunOnlyItsOwnScriptsAndStyles() {
        given().when().get("/explorer/")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("style-src 'self';"))
                .header("Content-Security-Policy", containsString("connect-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe")))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void swaggerUiMayRunItsInlineStartScriptAndNothingFromElsewhere() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline';"))
                .header("Content-Security-Policy", containsString("connect-src 'self'"))
                .header("Content-Security-Policy", containsString("img-src 'self' data:"));
    }

    @Test
    void corsNeverAllowsCredentials() {
        given().header("Origin", "https://newsroom.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "Authorization")
                .when().options("/api/v1/indicators")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://newsroom.example")
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
        UpstreamStubs.indicators().stubFor(get(urlEqualTo("/api/v1/topics?security=2"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Access-Control-Allow-Credentials", "true").withBody("{\"items\":[]}")));
        given().header("Origin", "https://newsroom.example")
                .when().get("/api/v1/topics?security=2")
                .then().statusCode(200)
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
    }
}
