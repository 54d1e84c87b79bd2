package org.yanhu.opendata.indicators;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndicatorResourceTest {

    @Test
    void listsIndicatorsWithLabelsAndTheListEnvelope() {
        given().get("/api/v1/indicators")
                .then().statusCode(200)
                .contentType("application/json")
                .header("X-Request-Id", notNullValue())
                .body("items.code", hasItems("GDP", "TOURIST_VISITS", "NEW_URBAN_JOBS"))
                .body("items.find { it.code == 'GDP' }.name.zh", equalTo("地区生产总值"))
                .body("items.find { it.code == 'GDP' }.topic.label.en", equalTo("Economy"))
                .body("items.find { it.code == 'GDP' }.unit.multiplier", equalTo(100000000))
                .body("page.limit", equalTo(100))
                .body("page.total", greaterThan(80));
    }

    @Test
    void searchFindsIndicatorsInChineseAndEnglish() {
        given().queryParam("q", "游客").get("/api/v1/indicators")
                .then().statusCode(200).body("items.code", hasItem("TOURIST_VISITS"));
        given().queryParam("q", "gross domestic").get("/api/v1/indicators")
                .then().statusCode(200).body("items.code", hasItem("GDP"));
        given().queryParam("q", "100%_nothing").get("/api/v1/indicators")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("page.total", equalTo(0));
    }

    @Test
    void topicFilterKeepsOnlyThatTopic() {
        given().queryParam("topic", "tourism").get("/api/v1/indicators")
                .then().statusCode(200)
                .body("items.topic.code", everyItem(equalTo("tourism")))
                .body("items.code", hasItem("TOURIST_VISITS"));
    }

    @Test
    void unknownTopicIsRejectedWithAllowedValues() {
        given().queryParam("topic", "weather").get("/api/v1/indicators")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString("economy"))
                .body("errors[0].field", equalTo("topic"))
                .body("request_id", notNullValue());
    }

    @Test
    void unknownRegionIsRejectedWithAllowedValues() {
        given().queryParam("region", "110101").get("/api/v1/indicators")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("140802"));
    }

    @Test
    void pagingFollowsTheCursorToTheLastPageWithoutRepeats() {
        List<Map<String, Object>> all = DatasetTest.allPages("/api/v1/indicators?limit=7");
        List<Object> codes = all.stream().map(i -> i.get("code")).toList();
        assertEquals(codes.stream().distinct().count(), codes.size(), "no indicator twice");
        int total = given().get("/api/v1/indicators").then().extract().path("page.total");
        assertEquals(total, codes.size());
    }

    @Test
    void aNextLinkHeaderCarriesTheCursor() {
        String next = given().queryParam("limit", 3).get("/api/v1/indicators")
                .then().statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .extract().path("page.next");
        given().queryParam("limit", 3).get("/api/v1/indicators")
                .then().header("Link", containsString("cursor=" + next));
    }

    @Test
    void limitOverTheMaximumIsRejectedNotClamped() {
        given().queryParam("limit", 5000).get("/api/v1/indicators")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"))
                .body("detail", containsString("1000"));
    }

    @Test
    void limitThatIsNotANumberIsRejected() {
        given().queryParam("limit", "ten").get("/api/v1/indicators")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void forgedCursorIsRejected() {
        given().queryParam("cursor", "not-a-cursor'; drop table indicator;--").get("/api/v1/indicators")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void searchWithSqlMetacharactersIsJustText() {
        given().queryParam("q", "' or 1=1 --").get("/api/v1/indicators")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void indicatorDetailGivesPeriodsSourcesAndTheLatestActual() {
        given().get("/api/v1/indicators/GDP")
                .then().statusCode(200)
                .body("code", equalTo("GDP"))
                .body("name.en", containsString("Gross domestic product"))
                .body("description.zh", notNullValue())
                .body("unit.base_unit", equalTo("CNY"))
                .body("measure.code", equalTo("flow"))
                .body("periods", hasItems("2023", "2025"))
                .body("periods", org.hamcrest.Matchers.not(hasItems("2021-2025")))
                .body("sources.id", hasItems("000_1861cacfb8655aea", "004_006121198c1df0a0"))
                .body("latest_actual.period", equalTo("2025"))
                .body("latest_actual.comparator.code", equalTo("gt"))
                .body("latest_actual.source.quote", equalTo("全区地区生产总值突破400亿元"));
    }

    @Test
    void indicatorWithOnlyTargetsHasNoLatestActual() {
        given().get("/api/v1/indicators/GRAIN_SOWN_AREA")
                .then().statusCode(200)
                .body("latest_actual", nullValue())
                .body("periods", hasItems("2024", "2026"));
    }

    @Test
    void unknownIndicatorIsA404Problem() {
        given().get("/api/v1/indicators/NO_SUCH_THING")
                .then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Not found"))
                .body("detail", containsString("NO_SUCH_THING"));
    }

    @Test
    void wrongMethodIsA405Problem() {
        given().delete("/api/v1/indicators/GDP")
                .then().statusCode(405).contentType("application/problem+json");
    }
}
