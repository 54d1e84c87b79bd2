package org.yanhu.opendata.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PledgeResourceTest {

    private static List<Map<String, Object>> all(String query) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().queryParam("limit", 40).queryParam("cursor", cursor == null ? "" : cursor)
                    .get(query.isEmpty() ? "/api/v1/pledges" : "/api/v1/pledges?" + query).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("page.next");
        } while (cursor != null);
        return items;
    }

    private static Map<String, String> statusById(String query) {
        Map<String, String> out = new TreeMap<>();
        for (Map<String, Object> item : all(query)) {
            String year = item.get("year").toString();
            if (year.equals("2024") || year.equals("2026")) {
                out.put(item.get("id").toString(), ((Map<?, ?>) item.get("status")).get("code").toString());
            }
        }
        return out;
    }

    @Test
    void theTwelveLivelihoodPledgesOf2024ComeFirstInNumberOrder() {
        given().get("/api/v1/pledges?year=2024&livelihood=true")
                .then().statusCode(200)
                .body("items.size()", equalTo(12))
                .body("page.total", equalTo(12))
                .body("items.number", equalTo(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)))
                .body("items.livelihood", everyItem(equalTo(true)))
                .body("items[0].id", equalTo("2024-lp-01"))
                .body("items[0].text.zh", notNullValue())
                .body("items[0].source.quote", notNullValue())
                .body("items[0].source.published_on", equalTo("2024-02-23"));
        given().get("/api/v1/pledges?limit=1").then().body("items[0].id", equalTo("2024-lp-01"));
    }

    @Test
    void everyPledgeOfTheDatasetIsListedWithItsDerivedStatus() {
        Map<String, String> expected = new TreeMap<>();
        DatasetFiles.PLEDGES.forEach(p -> expected.put(p.get("id").asText(), DatasetFiles.pledgeStatus(p)));
        assertEquals(expected, statusById(""));
    }

    @Test
    void aPledgeWithoutOutcomeIsNotReportedFor2024AndInProgressFor2026() {
        for (JsonNode pledge : DatasetFiles.PLEDGES) {
            if (pledge.get("outcomes").isEmpty()) {
                String expected = pledge.get("year").asInt() == 2024 ? "not_reported" : "in_progress";
                given().get("/api/v1/pledges/" + pledge.get("id").asText()).then().statusCode(200)
                        .body("status.code", equalTo(expected));
            }
        }
    }

    @Test
    void aPledgeWithOutcomesTakesTheLatestJudgementAndQuotesIt() {
        JsonNode reported = DatasetFiles.PLEDGES.stream().filter(p -> !p.get("outcomes").isEmpty()).findFirst()
                .orElseThrow();
        JsonNode outcome = reported.get("outcomes").get(reported.get("outcomes").size() - 1);
        given().get("/api/v1/pledges/" + reported.get("id").asText())
                .then().statusCode(200)
                .body("status.code", equalTo(DatasetFiles.pledgeStatus(reported)))
                .body("status.label.zh", notNullValue())
                .body("outcomes.size()", equalTo(reported.get("outcomes").size()))
                .body("outcomes[-1].judgement.code", equalTo(outcome.get("judgement").asText()))
                .body("outcomes[-1].source.id", equalTo(outcome.get("source").asText()))
                .body("outcomes[-1].source.quote", equalTo(outcome.get("quote").asText()))
                .body("outcomes[-1].note.en", notNullValue());
    }

    @Test
    void targetsAreNumbersWithUnitsAndComparators() {
        given().get("/api/v1/pledges/2024-lp-01")
                .then().statusCode(200)
                .body("targets[0].value", equalTo(70))
                .body("targets[0].comparator.code", equalTo("gte"))
                .body("targets[0].comparator.label.en", equalTo("at least"))
                .body("targets[0].unit.code", equalTo("周岁"))
                .body("targets[0].base_value", equalTo(70))
                .body("projects[0].link", startsWith("/api/v1/projects/"))
                .body("link", equalTo("/api/v1/pledges/2024-lp-01"));
    }

    @Test
    void filtersByYearStatusSectorAndLivelihood() {
        Map<String, String> expected = new TreeMap<>();
        DatasetFiles.PLEDGES.stream()
                .filter(p -> p.get("year").asInt() == 2024 && DatasetFiles.inSector(p.get("sector").asText(), "social")
                        && DatasetFiles.pledgeStatus(p).equals("not_reported"))
                .forEach(p -> expected.put(p.get("id").asText(), "not_reported"));
        assertTrue(!expected.isEmpty());
        assertEquals(expected, statusById("year=2024&sector=social&status=not_reported"));
        long others2026 = DatasetFiles.PLEDGES.stream()
                .filter(p -> p.get("year").asInt() == 2026 && !p.get("livelihood").asBoolean()).count();
        given().get("/api/v1/pledges?year=2026&livelihood=false&limit=1000").then().statusCode(200)
                .body("page.total", equalTo((int) others2026));
    }

    @Test
    void textSearchMatchesChineseAndEnglishPledgeTexts() {
        for (String q : List.of("养老", "Elderly")) {
            String needle = q.toLowerCase(java.util.Locale.ROOT);
            Map<String, String> expected = new TreeMap<>();
            DatasetFiles.PLEDGES.stream().filter(p -> p.get("text").get("zh").asText().contains(q)
                            || p.get("text").get("en").asText().toLowerCase(java.util.Locale.ROOT).contains(needle)
                            || p.get("id").asText().contains(needle))
                    .forEach(p -> expected.put(p.get("id").asText(), DatasetFiles.pledgeStatus(p)));
            assertTrue(!expected.isEmpty(), q);
            assertEquals(expected, statusById("q=" + q), q);
        }
    }

    @Test
    void theScorecardCountsPledgesByStatusForEachPlanYear() {
        Map<String, Long> expected = new HashMap<>();
        Map<String, Long> expectedLivelihood = new HashMap<>();
        for (JsonNode p : DatasetFiles.PLEDGES) {
            String key = p.get("year").asInt() + "/" + DatasetFiles.pledgeStatus(p);
            expected.merge(key, 1L, Long::sum);
            if (p.get("livelihood").asBoolean()) {
                expectedLivelihood.merge(key, 1L, Long::sum);
            }
        }
        JsonPath scorecard = given().get("/api/v1/pledges/scorecard").then().statusCode(200)
                .body("page.next", equalTo(null)).extract().jsonPath();
        List<Map<String, Object>> rows = scorecard.getList("items");
        for (String year : List.of("2024", "2026")) {
            List<Map<String, Object>> ofYear = rows.stream().filter(r -> r.get("year").toString().equals(year))
                    .toList();
            assertEquals(6, ofYear.size(), "every status is a row, zeros included");
            for (Map<String, Object> row : ofYear) {
                String key = year + "/" + ((Map<?, ?>) row.get("status")).get("code");
                assertEquals(expected.getOrDefault(key, 0L), ((Number) row.get("pledges")).longValue(), key);
                assertEquals(expectedLivelihood.getOrDefault(key, 0L),
                        ((Number) row.get("livelihood_pledges")).longValue(), key);
            }
        }
        given().get("/api/v1/pledges/scorecard?year=2024&livelihood=true").then().statusCode(200)
                .body("items.size()", equalTo(6))
                .body("items.pledges.sum()", equalTo(12));
    }

    @Test
    void scorecardAndListAreCsvToo() {
        String csv = given().get("/api/v1/pledges/scorecard?format=csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("year,status.code,status.label.zh,status.label.en,pledges,livelihood_pledges"), csv);
        String list = given().get("/api/v1/pledges?format=csv&year=2024&livelihood=true").then().statusCode(200)
                .extract().asString();
        assertEquals(13, list.split("\r?\n").length);
        assertTrue(list.split("\r?\n")[0].contains("status.code"));
    }

    @Test
    void badPledgeFiltersAreRejectedWithAllowedValues() {
        given().get("/api/v1/pledges?status=done").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not_reported"));
        given().get("/api/v1/pledges?sector=space").then().statusCode(400).body("errors[0].field", equalTo("sector"));
        given().get("/api/v1/pledges?year=next").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().get("/api/v1/pledges?livelihood=sometimes").then().statusCode(400);
        given().get("/api/v1/pledges?limit=2000").then().statusCode(400);
        given().get("/api/v1/pledges/scorecard?year=20").then().statusCode(400);
    }

    @Test
    void anUnknownPledgeIsNotFound() {
        given().get("/api/v1/pledges/2024-lp-99").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void pledgesPageToTheEnd() {
        List<String> ids = all("").stream().map(i -> i.get("id").toString()).collect(Collectors.toList());
        assertEquals(ids.stream().distinct().count(), ids.size());
        assertTrue(ids.containsAll(DatasetFiles.PLEDGES.stream().map(p -> p.get("id").asText()).toList()));
        given().get("/api/v1/pledges?limit=10").then().header("Link", containsString("rel=\"next\""))
                .body("page.total", greaterThan(10));
    }
}
