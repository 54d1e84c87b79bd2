package org.yanhu.opendata.indicators;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bulk import: keys, atomicity, idempotence and versions. Every test works on its own indicator
 * in a test region, so the seeded dataset that other tests read is never touched.
 */
@QuarkusTest
class ImportTest {

    static final String KEY = "Bearer test-key";

    static Map<String, Object> reference(String indicator) {
        return Map.of(
                "regions", List.of(Map.of("code", "149999", "name_zh", "测试区", "name_en", "Test District",
                        "level", "county", "parent_code", "140800")),
                "sources", List.of(
                        source("test-2024", "2024-03-01"),
                        source("test-2025", "2025-03-01")),
                "indicators", List.of(Map.of("code", indicator, "topic", "economy", "name_zh", "测试指标",
                        "name_en", "Test indicator " + indicator, "description_zh", "测试用。",
                        "description_en", "For tests.", "unit", "亿元", "measure", "flow")),
                "observations", List.of());
    }

    static Map<String, Object> source(String id, String published) {
        return Map.ofEntries(Map.entry("id", id), Map.entry("title_zh", "测试文件 " + id),
                Map.entry("title_en", "Test document " + id), Map.entry("publisher_zh", "测试"),
                Map.entry("publisher_en", "Test"), Map.entry("event_zh", "测试会议"), Map.entry("event_en", "Test session"),
                Map.entry("published_on", published), Map.entry("covers", "test"),
                Map.entry("attribution", "Test data"), Map.entry("region_code", "149999"));
    }

    static Map<String, Object> row(String indicator, String period, String value, String source, String quote) {
        return Map.of("indicator", indicator, "region", "149999", "period", period, "kind", "actual",
                "comparator", "eq", "value", value, "unit", "亿元", "source", source, "quote", quote);
    }

    static Map<String, Object> batch(String indicator, List<Map<String, Object>> rows) {
        Map<String, Object> batch = new java.util.HashMap<>(reference(indicator));
        batch.put("observations", rows);
        return batch;
    }

    static io.restassured.response.ValidatableResponse post(Object body) {
        return given().header("Authorization", KEY).contentType(ContentType.JSON).body(body)
                .post("/api/v1/observations/import").then();
    }

    @Test
    void importWithoutAKeyIsA401() {
        given().contentType(ContentType.JSON).body(batch("TEST_NOKEY", List.of()))
                .post("/api/v1/observations/import")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void importWithAWrongKeyIsA401() {
        given().header("Authorization", "Bearer guessed").contentType(ContentType.JSON)
                .body(batch("TEST_BADKEY", List.of())).post("/api/v1/observations/import")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("not valid"));
    }

    @Test
    void aBatchWithOneBadRowChangesNothingAndNamesTheRow() {
        post(batch("TEST_ATOMIC", List.of(
                row("TEST_ATOMIC", "2024", "10", "test-2024", "测试值10亿元"),
                Map.of("indicator", "TEST_ATOMIC", "region", "149999", "period", "2024", "kind", "actual",
                        "comparator", "eq", "value", "11", "unit", "bananas", "source", "test-2025",
                        "quote", "测试值11亿元"))))
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("observations[1].unit"))
                .body("detail", containsString("nothing was imported"));
        given().queryParam("region", "149999").queryParam("limit", 1000).get("/api/v1/observations")
                .then().statusCode(200)
                .body("items.findAll { it.indicator == 'TEST_ATOMIC' }.size()", equalTo(0));
    }

    @Test
    void aQuoteThatDoesNotStateTheValueIsRejected() {
        post(batch("TEST_QUOTE", List.of(row("TEST_QUOTE", "2024", "12", "test-2024", "测试值21亿元"))))
                .statusCode(422).body("errors[0].field", equalTo("observations[0].quote"));
    }

    @Test
    void importingTheSameBatchTwiceChangesNothing() {
        Map<String, Object> body = batch("TEST_IDEMPOTENT", List.of(
                row("TEST_IDEMPOTENT", "2024", "5.5", "test-2024", "测试值5.5亿元")));
        post(body).statusCode(200).body("inserted", equalTo(1)).body("unchanged", equalTo(0));
        String etag = given().get("/api/v1/indicators/TEST_IDEMPOTENT/observations").then().extract().header("ETag");
        post(body).statusCode(200).body("inserted", equalTo(0)).body("unchanged", equalTo(1));
        given().get("/api/v1/indicators/TEST_IDEMPOTENT/observations")
                .then().statusCode(200).body("items.size()", equalTo(1)).header("ETag", equalTo(etag));
    }

    @Test
    void aRestatedFigureBecomesANewVersionAndAsOfShowsTheOldOne() {
        post(batch("TEST_VERSIONS", List.of(row("TEST_VERSIONS", "2023", "100", "test-2024", "测试值100亿元"))))
                .statusCode(200).body("inserted", equalTo(1));
        post(batch("TEST_VERSIONS", List.of(row("TEST_VERSIONS", "2023", "102.5", "test-2025", "修订为102.5亿元"))))
                .statusCode(200).body("inserted", equalTo(1));

        given().get("/api/v1/indicators/TEST_VERSIONS/observations")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].value", equalTo(102.5f))
                .body("items[0].version", equalTo(2))
                .body("items[0].source.id", equalTo("test-2025"));
        given().queryParam("versions", "all").get("/api/v1/indicators/TEST_VERSIONS/observations")
                .then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items.find { it.version == 1 }.is_current", equalTo(false))
                .body("items.find { it.version == 2 }.is_current", equalTo(true));
        given().queryParam("as_of", "2024-12-31").get("/api/v1/indicators/TEST_VERSIONS/observations")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].value", equalTo(100))
                .body("items[0].id", equalTo("TEST_VERSIONS.149999.2023.actual.v1"));
        given().queryParam("as_of", "2024-12-31").queryParam("versions", "all")
                .get("/api/v1/indicators/TEST_VERSIONS/observations")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("items[0].is_current", equalTo(true));
        given().queryParam("as_of", "2020-01-01").get("/api/v1/indicators/TEST_VERSIONS/observations")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void csvImportTakesTheSameRows() {
        post(batch("TEST_CSV", List.of())).statusCode(200);
        String csv = "indicator,region,period,kind,comparator,value,unit,source,quote\n"
                + "TEST_CSV,149999,2025,actual,gt,7,亿元,test-2025,\"突破7亿元, 创新高\"\n";
        given().header("Authorization", KEY).contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/observations/import")
                .then().statusCode(200).body("inserted", equalTo(1));
        given().get("/api/v1/indicators/TEST_CSV/observations").then().statusCode(200)
                .body("items[0].comparator.code", equalTo("gt"))
                .body("items[0].base_value", equalTo(700000000))
                .body("items[0].source.quote", equalTo("突破7亿元, 创新高"));
    }

    @Test
    void csvWithMissingColumnsIsA400OrA422() {
        given().header("Authorization", KEY).contentType("text/csv").body("indicator,value\nGDP,1\n")
                .post("/api/v1/observations/import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("observations[0].quote"));
    }

    @Test
    void malformedJsonIsA400() {
        given().header("Authorization", KEY).contentType(ContentType.JSON).body("{\"observations\": [ {")
                .post("/api/v1/observations/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed request body"));
    }

    @Test
    void aWrongJsonTypeIsA400NamingTheField() {
        given().header("Authorization", KEY).contentType(ContentType.JSON)
                .body("{\"observations\": [{\"indicator\": \"GDP\", \"value\": \"four hundred\"}]}")
                .post("/api/v1/observations/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("observations[0].value"));
    }

    @Test
    void anUnknownJsonFieldIsA400ListingTheKnownOnes() {
        given().header("Authorization", KEY).contentType(ContentType.JSON)
                .body("{\"observations\": [], \"obsevations\": []}")
                .post("/api/v1/observations/import")
                .then().statusCode(400).body("detail", containsString("obsevations"));
    }

    @Test
    void aMissingBodyIsA422() {
        given().header("Authorization", KEY).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/observations/import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("observations"));
    }

    @Test
    void anUnsupportedContentTypeIsA415() {
        given().header("Authorization", KEY).contentType("application/xml").body("<x/>")
                .post("/api/v1/observations/import")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aValueInsideALongerNumberIsNotStatedByTheQuote() {
        post(batch("TEST_QUOTE_DIGITS", List.of(row("TEST_QUOTE_DIGITS", "2024", "12", "test-2024", "全长12.5公里"))))
                .statusCode(422).body("errors[0].field", equalTo("observations[0].quote"));
        post(batch("TEST_QUOTE_DIGITS", List.of(row("TEST_QUOTE_DIGITS", "2024", "12.5", "test-2024", "全长12.5公里"))))
                .statusCode(200).body("inserted", equalTo(1));
    }

    @Test
    void chineseNumeralsInTheQuoteAreReadInFull() {
        post(batch("TEST_QUOTE_NUMERALS", List.of(
                row("TEST_QUOTE_NUMERALS", "2024", "2", "test-2024", "实施十二项工程"))))
                .statusCode(422).body("errors[0].field", equalTo("observations[0].quote"));
        post(batch("TEST_QUOTE_NUMERALS", List.of(
                row("TEST_QUOTE_NUMERALS", "2024", "12", "test-2024", "实施十二项工程"),
                row("TEST_QUOTE_NUMERALS", "2025", "10000", "test-2025", "带动就业一万余人"))))
                .statusCode(200).body("inserted", equalTo(2));
    }

    @Test
    void aReferenceRowThatRedefinesAPublishedCodeIsA409NamingItAndNothingIsWritten() {
        Map<String, Object> body = batch("TEST_REDEFINED", List.of(
                row("TEST_REDEFINED", "2024", "1", "test-2024", "测试值1亿元")));
        body.put("units", List.of(Map.of("code", "亿元", "name_zh", "亿元", "name_en", "100 million yuan",
                "base_unit", "CNY", "multiplier", 10000)));
        post(body).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://yanhu-opendata.org/problems/conflict"))
                .body("errors[0].field", equalTo("units[0]"))
                .body("errors[0].message", containsString("unit '亿元' is already published with multiplier 100000000, not 10000"))
                .body("detail", containsString("nothing was imported"));
        given().get("/api/v1/indicators/TEST_REDEFINED").then().statusCode(404);
        given().get("/api/v1/units").then().body("items.find { it.code == '亿元' }.multiplier", equalTo(100000000));
    }

    @Test
    void aReferenceRowGivenAsPublishedIsSkipped() {
        Map<String, Object> body = batch("TEST_SAME_UNIT", List.of());
        body.put("units", List.of(Map.of("code", "亿元", "name_zh", "亿元", "name_en", "100 million yuan",
                "base_unit", "CNY", "multiplier", 100000000)));
        post(body).statusCode(200);
    }

    @Test
    void aCodeDefinedTwiceDifferentlyInOneBatchIsA409() {
        Map<String, Object> body = batch("TEST_TWICE", List.of());
        body.put("topics", List.of(Map.of("code", "test_twice", "name_zh", "测试", "name_en", "Test"),
                Map.of("code", "test_twice", "name_zh", "测试", "name_en", "Another test")));
        post(body).statusCode(409).body("errors[0].field", equalTo("topics[1]"))
                .body("errors[0].message", containsString("defined twice"));
        given().get("/api/v1/topics").then().body("items.code", org.hamcrest.Matchers.not(hasItem("test_twice")));
    }
}
