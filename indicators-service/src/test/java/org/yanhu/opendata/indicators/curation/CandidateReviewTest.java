package org.yanhu.opendata.indicators.curation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.yanhu.opendata.indicators.curation.Curation.KEY;
import static org.yanhu.opendata.indicators.curation.Curation.extracted;
import static org.yanhu.opendata.indicators.curation.Curation.post;
import static org.yanhu.opendata.indicators.curation.Curation.withText;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Accept, correct, reject or set aside a candidate; only an accepted one is published, through the import. */
@QuarkusTest
class CandidateReviewTest {

    static final String TEXT = "回眸2024\n全区测试产值突破12亿元，新建停车位300个。\n展望2025\n力争测试产值达到15亿元。\n";

    static String path(String source, Map<String, Object> candidate) {
        return "/api/v1/sources/" + source + "/candidates/" + candidate.get("id");
    }

    static void nothingPublishedFrom(String source) {
        given().queryParam("source", source).queryParam("versions", "all").get("/api/v1/observations").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void anAcceptedCandidateIsPublishedThroughTheImportAnd201WithTheObservation() {
        Map<String, Object> gdp = withText(extracted("test-rev-accept", TEXT), "12");
        post(path("test-rev-accept", gdp) + "/accept", Map.of("indicator", "TEST_CURATION_OUTPUT")).statusCode(201)
                .header("Location", equalTo(path("test-rev-accept", gdp)))
                .body("id", startsWith("TEST_CURATION_OUTPUT.149999.2024.actual.v"))
                .body("value", equalTo(12))
                .body("comparator.code", equalTo("gt"))
                .body("kind.code", equalTo("actual"))
                .body("base_value", equalTo(1200000000))
                .body("source.id", equalTo("test-rev-accept"))
                .body("source.quote", equalTo("全区测试产值突破12亿元"))
                .body("is_current", equalTo(true));
        given().queryParam("source", "test-rev-accept").queryParam("versions", "all").get("/api/v1/observations").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].indicator", equalTo("TEST_CURATION_OUTPUT"));
        given().get(path("test-rev-accept", gdp)).then().statusCode(200)
                .body("status", equalTo("accepted"))
                .body("observations", equalTo("/api/v1/observations?source=test-rev-accept"))
                .body("decisions", hasSize(1))
                .body("decisions[0].decision", equalTo("accepted"))
                .body("decisions[0].indicator", equalTo("TEST_CURATION_OUTPUT"))
                .body("decisions[0].decided_by", equalTo("tests"))
                .body("decisions[0].decided_at", notNullValue());
    }

    @Test
    void correctionsArePublishedAsCorrectedAndKeptInTheHistory() {
        Map<String, Object> target = withText(extracted("test-rev-correct", TEXT), "15");
        post(path("test-rev-correct", target) + "/accept",
                Map.of("indicator", "TEST_CURATION_OUTPUT", "comparator", "gte", "quote", "力争测试产值达到15亿元"))
                .statusCode(201)
                .body("comparator.code", equalTo("gte"))
                .body("kind.code", equalTo("target"))
                .body("period", equalTo("2025"));
        given().get(path("test-rev-correct", target)).then().statusCode(200)
                .body("decisions[0].corrections.corrections.comparator", equalTo("gte"));
    }

    @Test
    void aQuoteThatDoesNotMatchTheTextIsA422AndPublishesNothing() {
        Map<String, Object> gdp = withText(extracted("test-rev-quote", TEXT), "12");
        post(path("test-rev-quote", gdp) + "/accept",
                Map.of("indicator", "TEST_CURATION_OUTPUT", "quote", "全区测试产值突破13亿元"))
                .statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("nothing was published"))
                .body("errors.field", hasItem("quote"))
                .body("errors[0].message", containsString("does not occur in the stored text"));
        post(path("test-rev-quote", gdp) + "/accept",
                Map.of("indicator", "TEST_CURATION_OUTPUT", "quote", "全区测试产值突破12亿元", "start", 0, "end", 14))
                .statusCode(422).body("errors[0].message", containsString("is not the stored text at code points 0 to 14"));
        post(path("test-rev-quote", gdp) + "/accept",
                Map.of("indicator", "TEST_CURATION_OUTPUT", "quote", "新建停车位300个"))
                .statusCode(422).body("errors[0].message", containsString("does not state the value 12"));
        nothingPublishedFrom("test-rev-quote");
        given().get(path("test-rev-quote", gdp)).then().body("status", equalTo("proposed")).body("decisions", hasSize(0));
    }

    @Test
    void anAcceptThatTheImportRefusesPublishesNothingAndRecordsNoDecision() {
        Map<String, Object> spaces = withText(extracted("test-rev-refused", TEXT), "300");
        post(path("test-rev-refused", spaces) + "/accept", Map.of("indicator", "TEST_CURATION_OUTPUT"))
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].message", containsString("measures count"));
        nothingPublishedFrom("test-rev-refused");
        given().get(path("test-rev-refused", spaces)).then().body("status", equalTo("proposed"))
                .body("decisions", hasSize(0));
    }

    @Test
    void anUnknownIndicatorIsA422ThatPointsToNewIndicator() {
        Map<String, Object> gdp = withText(extracted("test-rev-unknown", TEXT), "12");
        post(path("test-rev-unknown", gdp) + "/accept", Map.of("indicator", "NO_SUCH_INDICATOR")).statusCode(422)
                .body("errors[0].field", equalTo("indicator"))
                .body("errors[0].message", containsString("new_indicator"));
        post(path("test-rev-unknown", gdp) + "/accept", Map.of()).statusCode(422)
                .body("errors[0].field", equalTo("indicator"));
        nothingPublishedFrom("test-rev-unknown");
    }

    @Test
    void aNewIndicatorIsCreatedInTheAcceptingCall() {
        Map<String, Object> spaces = withText(extracted("test-rev-new", TEXT), "300");
        post(path("test-rev-new", spaces) + "/accept", Map.of("new_indicator", Map.of("code", "TEST_CURATION_PARKING",
                "name", Map.of("zh", "新建停车位", "en", "New parking spaces"), "topic", "urban", "unit", "个",
                "measure", "flow"))).statusCode(201)
                .body("indicator", equalTo("TEST_CURATION_PARKING"))
                .body("value", equalTo(300));
        given().get("/api/v1/indicators/TEST_CURATION_PARKING").then().statusCode(200)
                .body("name.zh", equalTo("新建停车位"));
    }

    @Test
    void aBadNewIndicatorIsA422ThatNamesTheField() {
        Map<String, Object> spaces = withText(extracted("test-rev-badnew", TEXT), "300");
        post(path("test-rev-badnew", spaces) + "/accept", Map.of("new_indicator", Map.of("code", "lower",
                "name", Map.of("zh", "新建停车位", "en", "New parking spaces"), "topic", "urban", "unit", "个",
                "measure", "stock"))).statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("measure"));
        nothingPublishedFrom("test-rev-badnew");
    }

    @Test
    void aRejectionIsRecordedWithItsReasonTheKeyAndTheTime() {
        Map<String, Object> spaces = withText(extracted("test-rev-reject", TEXT), "300");
        post(path("test-rev-reject", spaces) + "/reject", Map.of("reason", "a count of works")).statusCode(200)
                .body("status", equalTo("rejected"))
                .body("decisions[0].decision", equalTo("rejected"))
                .body("decisions[0].note", equalTo("a count of works"))
                .body("decisions[0].decided_by", equalTo("tests"))
                .body("decisions[0].decided_at", notNullValue());
        post(path("test-rev-reject", spaces) + "/reject", Map.of("reason", " ")).statusCode(422);
        nothingPublishedFrom("test-rev-reject");
    }

    @Test
    void aFigureOfAProjectIsMarkedNotAnObservationWithANote() {
        Map<String, Object> spaces = withText(extracted("test-rev-notobs", TEXT), "300");
        post(path("test-rev-notobs", spaces) + "/not-an-observation", Map.of("note", "project metric")).statusCode(200)
                .body("status", equalTo("not_an_observation"))
                .body("decisions[0].note", equalTo("project metric"));
    }

    @Test
    void decisionsSurviveAReExtraction() {
        List<Map<String, Object>> first = extracted("test-rev-survive", TEXT);
        post(path("test-rev-survive", withText(first, "300")) + "/reject", Map.of("reason", "not an indicator"))
                .statusCode(200);
        post(path("test-rev-survive", withText(first, "12")) + "/accept", Map.of("indicator", "TEST_CURATION_OUTPUT"))
                .statusCode(201);
        List<Map<String, Object>> again = given().header("Authorization", KEY)
                .post("/api/v1/sources/test-rev-survive/extraction").then().statusCode(201)
                .extract().jsonPath().getList("candidates");
        org.junit.jupiter.api.Assertions.assertEquals(first.stream().map(c -> c.get("id")).toList(),
                again.stream().map(c -> c.get("id")).toList());
        org.junit.jupiter.api.Assertions.assertEquals("rejected", withText(again, "300").get("status"));
        org.junit.jupiter.api.Assertions.assertEquals("accepted", withText(again, "12").get("status"));
        given().get(path("test-rev-survive", withText(again, "300"))).then().body("decisions", hasSize(1));
    }

    @Test
    void anAcceptedCandidateCannotBeDecidedAgain() {
        Map<String, Object> gdp = withText(extracted("test-rev-twice", TEXT), "12");
        post(path("test-rev-twice", gdp) + "/accept", Map.of("indicator", "TEST_CURATION_OUTPUT")).statusCode(201);
        post(path("test-rev-twice", gdp) + "/reject", Map.of("reason", "changed my mind")).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("already accepted"));
    }

    @Test
    void decisionsNeedAnApiKeyAndAnExistingCandidate() {
        Map<String, Object> gdp = withText(extracted("test-rev-auth", TEXT), "12");
        given().contentType(ContentType.JSON).body(Map.of("indicator", "TEST_CURATION_OUTPUT"))
                .post(path("test-rev-auth", gdp) + "/accept").then().statusCode(401);
        post("/api/v1/sources/test-rev-auth/candidates/c-0000000000000000/reject", Map.of("reason", "x"))
                .statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/sources/test-rev-auth/candidates/c-0000000000000000").then().statusCode(404);
        nothingPublishedFrom("test-rev-auth");
    }
}
