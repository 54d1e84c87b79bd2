package org.yanhu.opendata.indicators.curation;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the curation tests share: a test region and indicator (added through the import, identical rows are
 * skipped, so any test may run first), and short calls of the workflow.
 */
final class Curation {

    static final String KEY = "Bearer test-key";
    static final String REGION = "149999";

    private Curation() {
    }

    /** The test region and an indicator TEST_CURATION_OUTPUT in 亿元, as ImportTest defines the region. */
    static void referenceRows() {
        Map<String, Object> batch = Map.of(
                "regions", List.of(Map.of("code", REGION, "name_zh", "测试区", "name_en", "Test District",
                        "level", "county", "parent_code", "140800")),
                "indicators", List.of(Map.of("code", "TEST_CURATION_OUTPUT", "topic", "economy", "name_zh", "测试产值",
                        "name_en", "Test output", "description_zh", "测试用。", "description_en", "For tests.",
                        "unit", "亿元", "measure", "flow")),
                "observations", List.of());
        given().header("Authorization", KEY).contentType(ContentType.JSON).body(batch)
                .post("/api/v1/observations/import").then().statusCode(200);
    }

    static Map<String, Object> source(String id, String text) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("title", Map.of("zh", "测试报告 " + id, "en", "Test report " + id));
        s.put("published_on", "2025-02-20");
        s.put("region", REGION);
        s.put("text", text);
        return s;
    }

    static ValidatableResponse post(String path, Object body) {
        return given().header("Authorization", KEY).contentType(ContentType.JSON).body(body).post(path).then();
    }

    static ValidatableResponse postSource(Map<String, Object> source) {
        return post("/api/v1/sources", source);
    }

    /** Stores the text under a fresh source and extracts it; the candidates as the extraction answered them. */
    static List<Map<String, Object>> extracted(String id, String text) {
        referenceRows();
        postSource(source(id, text)).statusCode(201);
        return given().header("Authorization", KEY).post("/api/v1/sources/" + id + "/extraction")
                .then().statusCode(201).extract().jsonPath().getList("candidates");
    }

    /** The one candidate whose number is written {@code text}. */
    static Map<String, Object> withText(List<Map<String, Object>> candidates, String text) {
        return candidates.stream().filter(c -> text.equals(c.get("text"))).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + text + " in " + candidates));
    }
}
