package org.yanhu.opendata.indicators;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * Every typed parameter that fails conversion or validation is a 400 problem naming the parameter, where
 * JAX-RS alone would answer 404; a closed vocabulary lists its codes.
 */
@QuarkusTest
class TypedParameterTest {

    private static ValidatableResponse get(String path, String parameter, String value) {
        return given().queryParam(parameter, value).get(path).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter))
                .body("instance", containsString(path));
    }

    @Test
    void aLimitThatIsNoNumberOrOutOfRangeIsA400() {
        for (String path : new String[] {"/api/v1/observations", "/api/v1/indicators",
                "/api/v1/indicators/GDP/observations"}) {
            get(path, "limit", "ten").body("detail", containsString("limit must be an integer"));
            get(path, "limit", "0").body("detail", containsString("between 1 and 1000"));
            get(path, "limit", "1001").body("type", equalTo("https://yanhu-opendata.org/problems/invalid-parameter"));
        }
    }

    @Test
    void aCursorThisApiDidNotIssueIsA400() {
        get("/api/v1/observations", "cursor", "not-a-cursor").body("detail", containsString("use page.next"));
        get("/api/v1/indicators", "cursor", "bm90LWpzb24").body("detail", containsString("use page.next"));
    }

    @Test
    void yearsThatAreNoNumberOrOutOfRangeAreA400() {
        get("/api/v1/observations", "from", "20x3").body("detail", containsString("from must be an integer"));
        get("/api/v1/observations", "to", "soon").body("detail", containsString("to must be an integer"));
        get("/api/v1/observations", "from", "1800").body("detail", containsString("between 1949 and 2100"));
        get("/api/v1/indicators/GDP/observations", "to", "3000").body("detail", containsString("between 1949 and 2100"));
    }

    @Test
    void aBooleanThatIsNeitherTrueNorFalseIsA400() {
        get("/api/v1/observations", "latest", "yes please").body("detail", containsString("true or false"));
        get("/api/v1/observations/export", "bom", "yes").body("detail", containsString("bom must be true or false"));
        get("/api/v1/observations", "bom", "yes").body("detail", containsString("bom must be true or false"));
        get("/api/v1/regions", "bom", "2").body("detail", containsString("bom must be true or false"));
    }

    @Test
    void aDateThatIsNotIso8601IsA400() {
        get("/api/v1/observations", "as_of", "24/02/2024").body("detail", containsString("YYYY-MM-DD"));
        get("/api/v1/observations", "as_of", "2024-13-45");
    }

    @Test
    void closedVocabulariesListTheirCodes() {
        get("/api/v1/observations", "kind", "forecast")
                .body("type", equalTo("https://yanhu-opendata.org/problems/unknown-code"))
                .body("detail", containsString("Allowed values: actual, target"));
        get("/api/v1/observations", "versions", "some").body("detail", containsString("Allowed values: current, all"));
        given().queryParam("indicator", "GDP").queryParam("period", "2023").queryParam("value", "400")
                .queryParam("kind", "plan").get("/api/v1/claims/check").then().statusCode(400)
                .body("errors[0].field", equalTo("kind")).body("detail", containsString("actual, target"));
    }

    @Test
    void openVocabulariesAreCheckedAgainstTheirCodeLists() {
        get("/api/v1/observations", "source", "next-report").body("detail", containsString("000_1861cacfb8655aea"));
        get("/api/v1/indicators", "topic", "weather").body("detail", containsString("economy"));
        get("/api/v1/indicators", "region", "149998").body("detail", containsString("140802"));
        get("/api/v1/target-results", "indicator", "NOPE").body("detail", containsString("GDP"));
    }

    @Test
    void regionCodesAreSixDigitsEverywhere() {
        get("/api/v1/observations", "region", "yanhu").body("detail", containsString("6-digit GB/T 2260"));
        get("/api/v1/indicators", "region", "14080").body("detail", containsString("6-digit GB/T 2260"));
        get("/api/v1/indicators/GDP/chart.svg", "region", "../etc").body("detail", containsString("6-digit"));
        get("/api/v1/target-results", "region", "x").body("detail", containsString("6-digit"));
        given().queryParam("indicator", "GDP").queryParam("period", "2023").queryParam("value", "400")
                .queryParam("region", "yanhu").get("/api/v1/claims/check").then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
    }

    @Test
    void aClaimedValueThatIsNoNumberIsA400() {
        given().queryParam("indicator", "GDP").queryParam("period", "2023").queryParam("value", "four hundred")
                .get("/api/v1/claims/check").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("value"))
                .body("detail", containsString("value must be a number such as 400 or 29.8, got 'four hundred'"));
        given().queryParam("value", "400").get("/api/v1/claims/check").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("indicator", "period"));
    }

    @Test
    void aPeriodThatIsNoPeriodIsA400() {
        get("/api/v1/observations", "period", "last year").body("detail", containsString("span of years"));
        get("/api/v1/observations", "period", "2023-2021").body("detail", containsString("span of years"));
    }
}
