package org.yanhu.opendata.indicators;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ObservationResourceTest {

    @Test
    void gdpOf2023IsMoreThan40BillionYuanWithItsCitation() {
        given().queryParam("indicator", "GDP").queryParam("period", "2023").get("/api/v1/observations")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo("GDP.140802.2023.actual.v1"))
                .body("items[0].value", equalTo(400))
                .body("items[0].unit.code", equalTo("亿元"))
                .body("items[0].base_value", equalTo(40000000000L))
                .body("items[0].base_unit", equalTo("CNY"))
                .body("items[0].comparator.code", equalTo("gt"))
                .body("items[0].comparator.label.en", equalTo("more than"))
                .body("items[0].kind.code", equalTo("actual"))
                .body("items[0].region.label.zh", equalTo("盐湖区"))
                .body("items[0].source.id", equalTo("000_1861cacfb8655aea"))
                .body("items[0].source.published_on", equalTo("2024-02-23"))
                .body("items[0].source.quote", equalTo("全区地区生产总值突破400亿元"))
                .body("items[0].is_current", equalTo(true));
    }

    @Test
    void numbersAreWrittenPlainlyNeverInExponentNotation() {
        String body = given().queryParam("indicator", "GDP").get("/api/v1/observations").asString();
        assertTrue(body.contains("\"base_value\":40000000000"), body);
        assertTrue(!body.matches("(?s).*\\d[eE][+-]?\\d.*"), "no exponent notation");
    }

    @Test
    void qualifiersOfTheTextAreKept() {
        given().queryParam("indicator", "TOURIST_VISITS").get("/api/v1/observations")
                .then().statusCode(200)
                .body("items[0].comparator.code", equalTo("approx"))
                .body("items[0].value", equalTo(641));
        given().queryParam("indicator", "GRAIN_SOWN_AREA").queryParam("period", "2024").get("/api/v1/observations")
                .then().statusCode(200)
                .body("items[0].comparator.code", equalTo("gte"))
                .body("items[0].kind.code", equalTo("target"))
                .body("items[0].value", equalTo(50.5f))
                .body("items[0].base_value", equalTo(505000));
    }

    @Test
    void severalIndicatorsKindAndSourceFilterTogether() {
        given().queryParam("indicator", "GDP,NEW_URBAN_JOBS").queryParam("kind", "actual")
                .queryParam("source", "004_006121198c1df0a0").get("/api/v1/observations")
                .then().statusCode(200)
                .body("items.indicator", hasItems("GDP", "NEW_URBAN_JOBS"))
                .body("items.kind.code", everyItem(equalTo("actual")))
                .body("items.source.id", everyItem(equalTo("004_006121198c1df0a0")));
    }

    @Test
    void fromAndToSelectOverlappingPeriods() {
        given().queryParam("from", 2025).queryParam("to", 2025).queryParam("limit", 1000).get("/api/v1/observations")
                .then().statusCode(200)
                .body("items.period", hasItems("2025", "2021-2025"))
                .body("items.period", not(hasItem("2023")))
                .body("items.period", not(hasItem("2026")));
    }

    @Test
    void latestGivesTheMostRecentActualOfEachIndicator() {
        given().queryParam("latest", true).queryParam("indicator", "GDP,NEW_URBAN_JOBS,GRAIN_SOWN_AREA")
                .get("/api/v1/observations")
                .then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items.find { it.indicator == 'GDP' }.period", equalTo("2025"))
                .body("items.find { it.indicator == 'NEW_URBAN_JOBS' }.period", equalTo("2025"))
                .body("items.find { it.indicator == 'NEW_URBAN_JOBS' }.value", equalTo(5728));
    }

    @Test
    void oneIndicatorsObservationsAreOrderedByPeriod() {
        given().get("/api/v1/indicators/NEW_URBAN_JOBS/observations")
                .then().statusCode(200)
                .body("items.period", equalTo(List.of("2023", "2025")))
                .body("items.value", equalTo(List.of(6187, 5728)));
    }

    @Test
    void observationsOfAnUnknownIndicatorAreA404() {
        given().get("/api/v1/indicators/NOPE/observations")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unknownIndicatorInTheFilterIsA400ListingKnownCodes() {
        given().queryParam("indicator", "GDP,NOPE").get("/api/v1/observations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("indicator"))
                .body("detail", allOf(containsString("NOPE"), containsString("GDP")));
    }

    @Test
    void badFilterValuesAreProblems() {
        given().queryParam("kind", "forecast").get("/api/v1/observations").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("actual, target"));
        given().queryParam("period", "2023-2021").get("/api/v1/observations").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        given().queryParam("period", "last year").get("/api/v1/observations").then().statusCode(400);
        given().queryParam("from", "20x3").get("/api/v1/observations").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().queryParam("from", 2025).queryParam("to", 2020).get("/api/v1/observations").then().statusCode(400);
        given().queryParam("latest", "yes please").get("/api/v1/observations").then().statusCode(400);
        given().queryParam("as_of", "24/02/2024").get("/api/v1/observations").then().statusCode(400)
                .body("errors[0].field", equalTo("as_of"));
        given().queryParam("region", "yanhu").get("/api/v1/observations").then().statusCode(400);
        given().queryParam("source", "nope").get("/api/v1/observations").then().statusCode(400)
                .body("detail", containsString("000_1861cacfb8655aea"));
        given().queryParam("format", "xml").get("/api/v1/observations").then().statusCode(400);
        given().queryParam("limit", 0).get("/api/v1/observations").then().statusCode(400);
        given().queryParam("limit", 1001).get("/api/v1/observations").then().statusCode(400);
    }

    @Test
    void pagingToTheLastPageReturnsEveryObservationOnce() {
        int total = given().queryParam("source", "000_1861cacfb8655aea").get("/api/v1/observations")
                .then().extract().path("page.total");
        List<Object> ids = DatasetTest.allPages("/api/v1/observations?source=000_1861cacfb8655aea&limit=9").stream()
                .map(o -> o.get("id")).toList();
        assertEquals(total, ids.size());
        assertEquals(ids.size(), ids.stream().distinct().count());
    }

    @Test
    void csvHasAHeaderTheSameFieldsFlattenedAndAFileName() {
        String csv = given().queryParam("indicator", "GDP").queryParam("format", "csv").get("/api/v1/observations")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", allOf(containsString("attachment"), containsString(".csv")))
                .extract().asString();
        String[] lines = csv.split("\r?\n");
        assertEquals(3, lines.length, csv);
        List<String> header = Arrays.asList(lines[0].split(","));
        assertTrue(header.containsAll(List.of("id", "indicator", "period", "value", "unit.code", "base_value",
                "comparator.code", "source.quote", "source.title.zh")), lines[0]);
        assertTrue(csv.contains("40000000000"), csv);
        assertTrue(csv.contains("全区地区生产总值突破400亿元"));
    }

    @Test
    void csvThroughAcceptHeaderAndWithAByteOrderMarkForExcel() {
        byte[] body = given().accept("text/csv").queryParam("indicator", "GDP").queryParam("bom", true)
                .get("/api/v1/observations").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3));
        assertTrue(new String(body, StandardCharsets.UTF_8).substring(1).startsWith("id,"));
        byte[] plain = given().accept("text/csv").queryParam("indicator", "GDP").get("/api/v1/observations")
                .then().extract().asByteArray();
        assertEquals('i', plain[0]);
    }

    @Test
    void anEmptyCsvStillHasItsHeader() {
        String csv = given().queryParam("indicator", "GDP").queryParam("period", "1999").queryParam("format", "csv")
                .get("/api/v1/observations").then().statusCode(200).extract().asString();
        assertTrue(csv.startsWith("id,indicator,indicator_name.zh"), csv);
    }

    @Test
    void anUnofferedMediaTypeIsA406ListingWhatIsOffered() {
        given().accept("application/xml").get("/api/v1/observations")
                .then().statusCode(406).contentType("application/problem+json")
                .body("detail", containsString("text/csv"));
    }

    @Test
    void readsCarryAnEtagAndAMatchingIfNoneMatchGetsA304() {
        String etag = given().get("/api/v1/indicators/GDP/observations")
                .then().statusCode(200)
                .header("Cache-Control", containsString("public"))
                .header("Vary", containsString("Accept"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/indicators/GDP/observations")
                .then().statusCode(304).body(equalTo(""));
        String csvEtag = given().accept("text/csv").get("/api/v1/indicators/GDP/observations").then().extract()
                .header("ETag");
        assertTrue(!csvEtag.equals(etag), "JSON and CSV have different ETags");
        given().header("If-None-Match", "W/\"0-stale\"").get("/api/v1/indicators/GDP/observations")
                .then().statusCode(200);
    }

    @Test
    void aRequestIdFromTheCallerIsKeptAndAnInvalidOneReplaced() {
        given().header("X-Request-Id", "journalist-42").get("/api/v1/topics")
                .then().statusCode(200).header("X-Request-Id", equalTo("journalist-42"));
        given().header("X-Request-Id", "bad id with spaces").get("/api/v1/topics")
                .then().statusCode(200).header("X-Request-Id", not(equalTo("bad id with spaces")));
    }

    @Test
    void referenceListsHaveBilingualLabels() {
        given().get("/api/v1/regions").then().statusCode(200)
                .body("items.find { it.code == '140802' }.label.zh", equalTo("盐湖区"))
                .body("items.find { it.code == '140802' }.parent", equalTo("140800"))
                .body("items.find { it.code == '140800' }.label.en", equalTo("Yuncheng City"));
        given().get("/api/v1/topics").then().statusCode(200).body("items.code", hasItems("economy", "tourism"));
        given().get("/api/v1/units").then().statusCode(200)
                .body("items.find { it.code == '万人次' }.multiplier", equalTo(10000))
                .body("items.find { it.code == '万人次' }.base_unit", equalTo("person_visit"));
        given().get("/api/v1/sources/004_006121198c1df0a0").then().statusCode(200)
                .body("session_start", equalTo("2025-12-26"))
                .body("covers", containsString("2026"));
        given().get("/api/v1/sources/nope").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/topics").then().body("page.total", greaterThanOrEqualTo(10));
    }

    @Test
    void theBulkExportStreamsEveryMatchingObservationAsCsv() {
        String csv = given().queryParam("source", "000_1861cacfb8655aea").queryParam("bom", true)
                .get("/api/v1/observations/export")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("observations-export"))
                .extract().asString();
        String[] lines = csv.split("\r?\n");
        assertTrue(lines[0].startsWith("\uFEFFid,indicator,region,period,kind,comparator,value,unit,base_value"), lines[0]);
        long rows = DatasetFiles.rows("observations.csv").stream()
                .filter(r -> r.get("source").equals("000_1861cacfb8655aea")).count();
        assertEquals(rows + 1, lines.length);
        assertTrue(csv.contains("GDP.140802.2023.actual.v1,GDP,140802,2023,actual,gt,400,亿元,40000000000,CNY,"), csv);
        given().queryParam("kind", "maybe").get("/api/v1/observations/export").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
