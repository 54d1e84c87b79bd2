package org.yanhu.opendata.indicators;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.api.provenance.QuoteCheck;

/** The published dataset against its files and against the two reports it cites. */
@QuarkusTest
class DatasetTest {

    private static final List<String> SEED_SOURCES = List.of("000_1861cacfb8655aea", "004_006121198c1df0a0");

    @Test
    void everyQuoteAppearsVerbatimInItsDocument() {
        assumeTrue(DatasetFiles.seedsPresent(), "../shared/seeds is absent: the verbatim-quote check is skipped");
        List<String> missing = new ArrayList<>();
        for (Map<String, String> row : DatasetFiles.rows("observations.csv")) {
            if (!DatasetFiles.seed(row.get("source")).contains(row.get("quote"))) {
                missing.add(row.get("indicator") + " " + row.get("period") + ": " + row.get("quote"));
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyPublishedValueAppearsInItsQuote() {
        List<String> wrong = DatasetFiles.rows("observations.csv").stream()
                .filter(row -> !QuoteCheck.statesValue(row.get("quote"), new BigDecimal(row.get("value"))))
                .map(row -> row.get("indicator") + " " + row.get("value") + ": " + row.get("quote"))
                .toList();
        assertEquals(List.of(), wrong);
    }

    @Test
    void servedObservationsEqualTheFileWithBaseValuesOfValueTimesMultiplier() {
        Map<String, BigDecimal> multipliers = DatasetFiles.rows("units.csv").stream()
                .collect(Collectors.toMap(u -> u.get("code"), u -> new BigDecimal(u.get("multiplier"))));
        Map<String, Map<String, String>> expected = new HashMap<>();
        for (Map<String, String> row : DatasetFiles.rows("observations.csv")) {
            expected.put(row.get("indicator") + "|" + row.get("period") + "|" + row.get("kind") + "|" + row.get("source"), row);
        }
        List<Map<String, Object>> served = new ArrayList<>();
        for (String source : SEED_SOURCES) {
            served.addAll(allPages("/api/v1/observations?region=140802&source=" + source + "&limit=50"));
        }
        assertEquals(expected.size(), served.size(), "observations served for the two reports");
        for (Map<String, Object> o : served) {
            @SuppressWarnings("unchecked")
            Map<String, Object> source = (Map<String, Object>) o.get("source");
            @SuppressWarnings("unchecked")
            Map<String, Object> kind = (Map<String, Object>) o.get("kind");
            @SuppressWarnings("unchecked")
            Map<String, Object> comparator = (Map<String, Object>) o.get("comparator");
            @SuppressWarnings("unchecked")
            Map<String, Object> unit = (Map<String, Object>) o.get("unit");
            Map<String, String> row = expected.get(o.get("indicator") + "|" + o.get("period") + "|" + kind.get("code")
                    + "|" + source.get("id"));
            assertTrue(row != null, "served but not in the file: " + o.get("id"));
            BigDecimal value = new BigDecimal(o.get("value").toString());
            BigDecimal base = new BigDecimal(o.get("base_value").toString());
            assertEquals(0, value.compareTo(new BigDecimal(row.get("value"))), o.get("id") + " value");
            assertEquals(row.get("comparator"), comparator.get("code"), o.get("id") + " comparator");
            assertEquals(row.get("unit"), unit.get("code"), o.get("id") + " unit");
            assertEquals(0, base.compareTo(value.multiply(multipliers.get(row.get("unit")))), o.get("id") + " base value");
            assertEquals(row.get("quote"), source.get("quote"), o.get("id") + " quote");
            assertTrue(source.get("published_on") != null && source.get("title") != null, o.get("id") + " source");
        }
    }

    @Test
    void everyIndicatorOfTheFileIsServedWithItsObservations() {
        List<Map<String, String>> indicators = DatasetFiles.rows("indicators.csv");
        List<Map<String, Object>> served = allPages("/api/v1/indicators?region=140802&limit=1000");
        List<String> codes = served.stream().map(i -> (String) i.get("code")).toList();
        for (Map<String, String> indicator : indicators) {
            assertTrue(codes.contains(indicator.get("code")), indicator.get("code") + " is served");
        }
        Map<String, Long> perIndicator = DatasetFiles.rows("observations.csv").stream()
                .collect(Collectors.groupingBy(r -> r.get("indicator"), Collectors.counting()));
        assertEquals(indicators.size(), perIndicator.size(), "every indicator has at least one observation");
    }

    @Test
    void bothReportsAreListedAsSourcesWithTheirPublicationDates() {
        JsonPath sources = given().get("/api/v1/sources").then().statusCode(200).extract().jsonPath();
        assertTrue(sources.getList("items.id").containsAll(SEED_SOURCES));
        assertEquals("2024-02-23", sources.getString("items.find { it.id == '000_1861cacfb8655aea' }.published_on"));
        assertEquals("2025-12-29", sources.getString("items.find { it.id == '004_006121198c1df0a0' }.published_on"));
    }

    /** Follows page.next to the end and returns every item. */
    static List<Map<String, Object>> allPages(String firstPage) {
        List<Map<String, Object>> items = new ArrayList<>();
        String url = firstPage;
        for (int guard = 0; guard < 10_000; guard++) {
            JsonPath page = given().get(url).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            String next = page.getString("page.next");
            if (next == null) {
                return items;
            }
            url = firstPage + (firstPage.contains("?") ? "&" : "?") + "cursor=" + next;
        }
        throw new AssertionError("paging did not end");
    }
}
