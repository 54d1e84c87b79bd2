package org.yanhu.opendata.indicators.curation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yanhu.opendata.indicators.curation.Curation.KEY;
import static org.yanhu.opendata.indicators.curation.Curation.extracted;
import static org.yanhu.opendata.indicators.curation.Curation.withText;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /sources/{id}/extraction and GET /sources/{id}/candidates: the proposed figures of a stored text. */
@QuarkusTest
class ExtractionTest {

    static final String TEXT = "回眸2024\n全区测试产值突破12亿元，新建停车位300个。\n展望2025\n力争测试产值达到15亿元。\n";

    @Test
    void anExtractionIs201WithEveryCandidateInTheShapeOfTheIssue() {
        Curation.referenceRows();
        Curation.postSource(Curation.source("test-ext-shape", TEXT)).statusCode(201);
        Response answer = given().header("Authorization", KEY).post("/api/v1/sources/test-ext-shape/extraction");
        answer.then().statusCode(201)
                .header("Location", equalTo("/api/v1/sources/test-ext-shape/candidates"))
                .body("source", equalTo("test-ext-shape"))
                .body("candidates", hasSize(3))
                .body("candidates[0].id", notNullValue())
                .body("candidates[0].text", equalTo("12"))
                .body("candidates[0].unit", equalTo("亿元"))
                .body("candidates[0].base_unit", equalTo("CNY"))
                .body("candidates[0].comparator", equalTo("gt"))
                .body("candidates[0].kind", equalTo("actual"))
                .body("candidates[0].period", equalTo("2024"))
                .body("candidates[0].quote", equalTo("全区测试产值突破12亿元"))
                .body("candidates[0].section", equalTo("回眸2024"))
                .body("candidates[0].suggested_indicator.code", equalTo("TEST_CURATION_OUTPUT"))
                .body("candidates[0].status", equalTo("proposed"))
                .body("candidates[1].text", equalTo("300"))
                .body("candidates[2].kind", equalTo("target"))
                .body("candidates[2].period", equalTo("2025"));
        // numbers are JSON numbers, written plainly
        String json = answer.asString();
        org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"value\":12,\"text\":\"12\""), json);
        org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"multiplier\":100000000,\"base_value\":1200000000,"), json);
        // start and end are code points of the stored text
        int[] cps = given().get("/api/v1/sources/test-ext-shape/text").asString().codePoints().toArray();
        for (Map<String, Object> c : answer.jsonPath().<Map<String, Object>>getList("candidates")) {
            int start = (Integer) c.get("start");
            int end = (Integer) c.get("end");
            assertEquals(c.get("quote"), new String(cps, start, end - start));
        }
    }

    @Test
    void runningTheExtractionAgainGivesTheSameCandidatesWithTheSameIds() {
        List<Map<String, Object>> first = extracted("test-ext-again", TEXT);
        List<Map<String, Object>> second = given().header("Authorization", KEY)
                .post("/api/v1/sources/test-ext-again/extraction").then().statusCode(201)
                .extract().jsonPath().getList("candidates");
        assertEquals(first, second);
        given().get("/api/v1/sources/test-ext-again/candidates").then().statusCode(200)
                .body("page.total", equalTo(3)).body("items", hasSize(3));
    }

    @Test
    void candidatesArePagedByCursorInTextOrder() {
        List<Map<String, Object>> all = extracted("test-ext-pages", TEXT);
        Response page1 = given().queryParam("limit", 2).get("/api/v1/sources/test-ext-pages/candidates");
        page1.then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .header("Link", containsString("rel=\"next\""))
                .body("items", hasSize(2)).body("page.limit", equalTo(2)).body("page.next", notNullValue());
        String next = page1.jsonPath().getString("page.next");
        Response page2 = given().queryParam("limit", 2).queryParam("cursor", next)
                .get("/api/v1/sources/test-ext-pages/candidates");
        page2.then().statusCode(200).body("items", hasSize(1)).body("page.next", nullValue());
        assertEquals(List.of(all.get(0).get("id"), all.get(1).get("id"), all.get(2).get("id")),
                List.of(page1.jsonPath().getString("items[0].id"), page1.jsonPath().getString("items[1].id"),
                        page2.jsonPath().getString("items[0].id")));
    }

    @Test
    void theStatusFilterSelectsCandidatesAndAnUnknownStatusListsTheStatuses() {
        List<Map<String, Object>> all = extracted("test-ext-status", TEXT);
        Curation.post("/api/v1/sources/test-ext-status/candidates/" + withText(all, "300").get("id") + "/reject",
                Map.of("reason", "a count of works, not an indicator")).statusCode(200);
        given().queryParam("status", "rejected").get("/api/v1/sources/test-ext-status/candidates").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].text", equalTo("300"));
        given().queryParam("status", "proposed").get("/api/v1/sources/test-ext-status/candidates").then()
                .statusCode(200).body("items", hasSize(2)).body("items.status", everyItem(equalTo("proposed")));
        given().queryParam("status", "maybe").get("/api/v1/sources/test-ext-status/candidates").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("proposed, accepted, rejected, not_an_observation"));
    }

    @Test
    void aSourceWithoutATextCannotBeExtractedAndAnUnknownOneIsA404() {
        given().header("Authorization", KEY).post("/api/v1/sources/no-such-source/extraction").then()
                .statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/sources/no-such-source/candidates").then().statusCode(404);
    }

    @Test
    void anExtractionNeedsAnApiKey() {
        given().post("/api/v1/sources/000_1861cacfb8655aea/extraction").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
