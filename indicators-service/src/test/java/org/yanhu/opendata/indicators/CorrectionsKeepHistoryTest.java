package org.yanhu.opendata.indicators;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Withdrawals keep history (issue 11, §2 and §5): the 2021-2025 summary's GDP, population and urbanisation
 * belong to 2025, so the span rows are withdrawn, not deleted. They stay under versions=all with the reason,
 * and drop out of current answers, charts and claim checks.
 */
@QuarkusTest
class CorrectionsKeepHistoryTest {

    @Test
    void aWithdrawnFigureStaysVisibleUnderAllVersionsWithTheReasonAndWhatReplacesIt() {
        given().queryParam("indicator", "GDP").queryParam("versions", "all").get("/api/v1/observations")
                .then().statusCode(200)
                .body("items.find { it.period == '2021-2025' }.is_current", equalTo(false))
                .body("items.find { it.period == '2021-2025' }.withdrawal.replaced_by", equalTo("GDP.140802.2025.actual"))
                .body("items.find { it.period == '2021-2025' }.withdrawal.withdrawn_at", equalTo("2026-12-01"))
                .body("items.find { it.period == '2021-2025' }.withdrawal.reason.en", containsString("2025"))
                .body("items.find { it.period == '2025' }.is_current", equalTo(true))
                .body("items.find { it.period == '2025' }.withdrawal", nullValue());
        given().queryParam("indicator", "GDP").queryParam("versions", "all").queryParam("as_of", "2026-06-30")
                .get("/api/v1/observations").then().statusCode(200)
                .body("items.period", hasItem("2021-2025"))
                .body("items.find { it.period == '2021-2025' }.is_current", equalTo(false));
    }

    @Test
    void aWithdrawnFigureIsOutOfCurrentAnswersChartsAndClaimChecks() {
        given().queryParam("indicator", "GDP,RESIDENT_POPULATION,URBANIZATION_RATE").get("/api/v1/observations")
                .then().statusCode(200).body("items.period", everyItem(not(equalTo("2021-2025"))))
                .body("items.find { it.indicator == 'RESIDENT_POPULATION' }.period", equalTo("2025"));
        given().queryParam("indicator", "GDP").queryParam("as_of", "2026-06-30").get("/api/v1/observations")
                .then().statusCode(200).body("items.period", everyItem(not(equalTo("2021-2025"))));
        given().get("/api/v1/indicators/GDP/chart.svg").then().statusCode(200)
                .body(not(containsString("2021-2025")));
        given().queryParam("indicator", "GDP").queryParam("period", "2021-2025").queryParam("value", 400)
                .get("/api/v1/claims/check").then().statusCode(200)
                .body("verdict", equalTo("not_published"))
                .body("other_versions[0].withdrawal.replaced_by", equalTo("GDP.140802.2025.actual"))
                .body("nearest_periods", hasItem("2025"));
        given().queryParam("indicator", "GDP").queryParam("period", "2025").queryParam("value", 410)
                .get("/api/v1/claims/check").then().statusCode(200).body("verdict", equalTo("consistent"));
    }

    @Test
    void aSeriesMeansOneThing() {
        given().queryParam("indicator", "NEW_SCHOOL_PLACES").get("/api/v1/observations").then()
                .body("items.period", equalTo(List.of("2023")));
        given().queryParam("indicator", "NEW_KINDERGARTEN_PLACES").get("/api/v1/observations").then()
                .body("items[0].value", equalTo(600));
        given().queryParam("indicator", "OLD_RESIDENTIAL_COMPOUNDS_RENOVATED").get("/api/v1/observations").then()
                .body("items.kind.code", everyItem(equalTo("actual")));
        given().get("/api/v1/indicators/RESIDENT_POPULATION").then().body("measure.code", equalTo("level"));
    }

    @Test
    void aLevelWithASpanPeriodIsRefusedAtImport() {
        Map<String, Object> batch = new java.util.HashMap<>(ImportTest.reference("TEST_LEVEL"));
        @SuppressWarnings("unchecked")
        Map<String, Object> indicator = new java.util.HashMap<>(((List<Map<String, Object>>) batch.get("indicators")).get(0));
        indicator.put("measure", "level");
        batch.put("indicators", List.of(indicator));
        batch.put("observations", List.of(ImportTest.row("TEST_LEVEL", "2021-2025", "10", "test-2025", "期末达到10亿元")));
        ImportTest.post(batch).statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("observations[0].period"))
                .body("errors.message", hasItem(containsString("2025")));
    }

    @Test
    void aWithdrawalThroughTheImportIsKeptAndTheSeriesFallsBack() {
        ImportTest.post(ImportTest.batch("TEST_WITHDRAW", List.of(
                ImportTest.row("TEST_WITHDRAW", "2024", "10", "test-2024", "测试值10亿元"),
                ImportTest.row("TEST_WITHDRAW", "2024", "11", "test-2025", "测试值11亿元")))).statusCode(200);
        Map<String, Object> batch = new java.util.HashMap<>(ImportTest.batch("TEST_WITHDRAW", List.of()));
        batch.put("withdrawals", List.of(Map.ofEntries(Map.entry("indicator", "TEST_WITHDRAW"),
                Map.entry("region", "149999"), Map.entry("period", "2024"), Map.entry("kind", "actual"),
                Map.entry("comparator", "eq"), Map.entry("value", "11"), Map.entry("unit", "亿元"),
                Map.entry("source", "test-2025"), Map.entry("quote", "测试值11亿元"),
                Map.entry("withdrawn_on", "2026-12-01"), Map.entry("reason_zh", "录入错误"),
                Map.entry("reason_en", "Entered wrongly"))));
        ImportTest.post(batch).statusCode(200);
        ImportTest.post(batch).statusCode(200).body("inserted", equalTo(0));
        given().queryParam("indicator", "TEST_WITHDRAW").queryParam("region", "149999").get("/api/v1/observations")
                .then().body("items.value", equalTo(List.of(10)));
        given().queryParam("indicator", "TEST_WITHDRAW").queryParam("region", "149999").queryParam("versions", "all")
                .get("/api/v1/observations").then()
                .body("items.size()", equalTo(2))
                .body("items.find { it.value == 11 }.withdrawal.reason.en", equalTo("Entered wrongly"));
    }
}
