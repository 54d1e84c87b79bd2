package org.yanhu.opendata.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectListTest {

    private static final String OLD = "000_1861cacfb8655aea";
    private static final String NEW = "004_006121198c1df0a0";

    /** Every page of a query, following page.next; the dataset's projects among the results. */
    private static List<String> allIds(String query) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Response page = given().queryParam("limit", 1000).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/projects?" + query).then().statusCode(200).extract().response();
            ids.addAll(page.jsonPath().getList("items.id", String.class));
            cursor = page.jsonPath().getString("page.next");
        } while (cursor != null);
        return ids;
    }

    private static Set<String> datasetIdsIn(String query) {
        Set<String> ids = new TreeSet<>(allIds(query));
        ids.retainAll(DatasetFiles.projectIds());
        return ids;
    }

    private static Set<String> expected(java.util.function.Predicate<JsonNode> filter) {
        return DatasetFiles.PROJECTS.stream().filter(filter).map(p -> p.get("id").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void listsProjectsInTheEnvelopeWithLabelsAndLinks() {
        given().get("/api/v1/projects?limit=5")
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", startsWith("W/\""))
                .header("Cache-Control", containsString("max-age"))
                .header("X-Request-Id", notNullValue())
                .header("Link", matchesPattern("<.*cursor=.*>; rel=\"next\""))
                .body("items.size()", equalTo(5))
                .body("page.limit", equalTo(5))
                .body("page.next", notNullValue())
                .body("items[0].sector.label.zh", notNullValue())
                .body("items[0].status.label.en", notNullValue())
                .body("items[0].location.region.code", equalTo("140802"))
                .body("items[0].location.region.label.zh", equalTo("盐湖区"))
                .body("items[0].link", startsWith("/api/v1/projects/"));
    }

    @Test
    void sectorGroupIncludesEveryDottedSectorOfTheGroup() {
        Set<String> energy = datasetIdsIn("sector=energy");
        assertEquals(expected(p -> DatasetFiles.inSector(p.get("sector").asText(), "energy")), energy);
        assertFalse(energy.isEmpty());
        given().get("/api/v1/projects?sector=energy&limit=1000").then().statusCode(200)
                .body("items.sector.code", everyItem(startsWith("energy.")))
                .body("items.sector.group.code", everyItem(equalTo("energy")));
    }

    @Test
    void exactSectorMatchesOnlyThatSector() {
        assertEquals(expected(p -> p.get("sector").asText().equals("energy.solar")), datasetIdsIn("sector=energy.solar"));
        assertTrue(datasetIdsIn("sector=energy.solar").contains("guangran-pv-150mw-phase1"));
    }

    @Test
    void statusFilterMatchesTheCompiledCurrentStatus() {
        for (String status : List.of("planned", "under_construction", "completed", "operational", "ongoing")) {
            assertEquals(expected(p -> DatasetFiles.currentStatus(p).equals(status)), datasetIdsIn("status=" + status),
                    status);
        }
    }

    @Test
    void yearFilterMatchesTheYearOfTheFirstStatus() {
        assertEquals(expected(p -> p.get("year").asInt() == 2025), datasetIdsIn("year=2025"));
        assertEquals(expected(p -> p.get("year").asInt() == 2023), datasetIdsIn("year=2023"));
    }

    @Test
    void townFilterMatchesEachTownOfAList() {
        Set<String> expected = expected(p -> !p.get("town").isNull()
                && List.of(p.get("town").asText().split("、")).contains("龙居"));
        assertFalse(expected.isEmpty(), "the dataset names 龙居 in a list of towns");
        assertEquals(expected, datasetIdsIn("town=龙居"));
    }

    @Test
    void sourceFilterKeepsProjectsWithAReleaseFromThatDocument() {
        assertEquals(expected(p -> DatasetFiles.hasRelease(p, OLD)), datasetIdsIn("source=" + OLD));
        assertEquals(expected(p -> DatasetFiles.hasRelease(p, NEW)), datasetIdsIn("source=" + NEW));
    }

    @Test
    void regionFilterTakesTheCountyOrEveryCountyOfItsCityAndProvince() {
        Set<String> all = DatasetFiles.projectIds();
        assertEquals(all, datasetIdsIn("region=140802"));
        assertEquals(all, datasetIdsIn("region=140800"));
        assertEquals(all, datasetIdsIn("region=140000"));
        assertEquals(Set.of(), datasetIdsIn("region=110000"));
        given().get("/api/v1/projects?region=yanhu").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("region"));
    }

    @Test
    void hasMetricsSplitsTheProjectsInTwo() {
        assertEquals(expected(p -> !p.get("metrics").isEmpty()), datasetIdsIn("has_metrics=true"));
        assertEquals(expected(p -> p.get("metrics").isEmpty()), datasetIdsIn("has_metrics=false"));
    }

    @Test
    void textSearchMatchesChineseAndEnglishNamesAndDescriptions() {
        for (String q : List.of("光伏", "Photovoltaic", "elderly")) {
            String needle = q.toLowerCase(Locale.ROOT);
            Set<String> expected = expected(p -> StreamSupport.stream(List.of(p.get("name").get("zh"),
                            p.get("name").get("en"), p.path("description").path("zh"), p.path("description").path("en"),
                            p.get("id"), p.get("town")).spliterator(), false)
                    .anyMatch(n -> n != null && !n.isNull() && !n.isMissingNode()
                            && n.asText().toLowerCase(Locale.ROOT).contains(needle)));
            assertFalse(expected.isEmpty(), q);
            assertEquals(expected, datasetIdsIn("q=" + q), q);
        }
    }

    @Test
    void filtersCombineWithAnd() {
        assertEquals(expected(p -> DatasetFiles.inSector(p.get("sector").asText(), "social")
                        && DatasetFiles.currentStatus(p).equals("planned") && p.get("year").asInt() == 2024),
                datasetIdsIn("sector=social&status=planned&year=2024"));
    }

    @Test
    void pagingReachesTheLastPageWithoutRepeats() {
        int total = given().get("/api/v1/projects?limit=1").then().statusCode(200).extract().path("page.total");
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = given().queryParam("limit", 37).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/projects").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id", String.class));
            cursor = page.getString("page.next");
            pages++;
        } while (cursor != null);
        assertEquals(new HashSet<>(ids).size(), ids.size(), "no project twice");
        assertTrue(ids.size() >= total, "every project once");
        assertTrue(ids.containsAll(DatasetFiles.projectIds()));
        assertEquals(new ArrayList<>(new TreeSet<>(ids)), ids, "sort=id is by id");
        assertTrue(pages > 1);
    }

    @Test
    void everySortIsTotalAndPagesToTheEnd() {
        for (String sort : List.of("year", "-year", "-updated")) {
            List<String> ids = new ArrayList<>();
            List<Integer> years = new ArrayList<>();
            String cursor = null;
            do {
                JsonPath page = given().queryParam("sort", sort).queryParam("limit", 50)
                        .queryParam("cursor", cursor == null ? "" : cursor).get("/api/v1/projects")
                        .then().statusCode(200).extract().jsonPath();
                ids.addAll(page.getList("items.id", String.class));
                years.addAll(page.getList("items.year", Integer.class));
                cursor = page.getString("page.next");
            } while (cursor != null);
            assertEquals(new HashSet<>(ids).size(), ids.size(), sort);
            assertTrue(ids.containsAll(DatasetFiles.projectIds()), sort);
            if (sort.equals("year")) {
                assertEquals(years.stream().sorted().toList(), years);
            } else if (sort.equals("-year")) {
                assertEquals(years.stream().sorted(java.util.Comparator.reverseOrder()).toList(), years);
            }
        }
    }

    @Test
    void aCursorOfAnotherSortIsRefused() {
        String next = given().get("/api/v1/projects?limit=2&sort=year").then().extract().path("page.next");
        given().get("/api/v1/projects?limit=2&sort=id&cursor=" + next)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void csvHasOneFlatRowPerProjectWithAHeader() {
        String csv = given().get("/api/v1/projects?sector=energy.solar&format=csv&limit=1000")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", matchesPattern("attachment; filename=\"yanhu-projects-.*\\.csv\""))
                .extract().asString();
        String[] lines = csv.split("\r?\n");
        assertTrue(lines[0].startsWith("id,name.zh,name.en,sector.code,"), lines[0]);
        assertTrue(lines[0].contains("status.code") && lines[0].contains("location.region.code"));
        // As many rows as the JSON list has items for the same query, whatever other tests wrote.
        int items = given().get("/api/v1/projects?sector=energy.solar&limit=1000").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
        assertEquals(items + 1, lines.length);
        assertTrue(csv.contains("广燃150兆瓦光伏电站一期"));
    }

    @Test
    void csvWithBomStartsWithTheByteOrderMark() {
        byte[] body = given().header("Accept", "text/csv").get("/api/v1/projects?limit=1&bom=true")
                .then().statusCode(200).extract().asByteArray();
        assertEquals((byte) 0xEF, body[0]);
        assertEquals((byte) 0xBB, body[1]);
        assertEquals((byte) 0xBF, body[2]);
    }

    @Test
    void aMatchingIfNoneMatchGetsNotModified() {
        String etag = given().get("/api/v1/projects?sector=water").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/projects?sector=water")
                .then().statusCode(304).header("ETag", equalTo(etag)).body(equalTo(""));
    }

    @Test
    void unknownSectorIsRejectedWithAllowedValues() {
        given().get("/api/v1/projects?sector=space")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", containsString("unknown-code"))
                .body("detail", containsString("energy.solar"))
                .body("errors[0].field", equalTo("sector"))
                .body("request_id", notNullValue());
    }

    @Test
    void unknownStatusIsRejectedWithAllowedValues() {
        given().get("/api/v1/projects?status=finished")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("under_construction"))
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void unknownSourceAndSortAreRejectedWithAllowedValues() {
        given().get("/api/v1/projects?source=nope").then().statusCode(400)
                .body("detail", containsString("004_006121198c1df0a0"));
        given().get("/api/v1/projects?sort=name").then().statusCode(400)
                .body("detail", containsString("-updated"));
    }

    @Test
    void malformedYearsBooleansAndLimitsAreBadRequests() {
        for (String query : List.of("year=20x5", "year=1800", "has_metrics=maybe", "limit=1001", "limit=0",
                "limit=ten", "cursor=not-a-cursor")) {
            given().get("/api/v1/projects?" + query)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("title", notNullValue());
        }
        given().get("/api/v1/projects?limit=5000").then().statusCode(400)
                .body("detail", containsString("1000"));
    }

    @Test
    void aFormatOtherThanJsonOrCsvIsRefused() {
        given().get("/api/v1/projects?format=xml").then().statusCode(400).contentType("application/problem+json");
        given().header("Accept", "application/xml").get("/api/v1/projects")
                .then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void emptyResultsAreAnEmptyPage() {
        given().get("/api/v1/projects?q=这个词不会出现在任何名称里")
                .then().statusCode(200)
                .body("items.size()", equalTo(0))
                .body("page.next", nullValue())
                .body("page.total", equalTo(0));
    }

    @Test
    void listItemsCarryTheLatestReleaseDate() {
        given().get("/api/v1/projects?sort=-updated&limit=1000&source=" + NEW)
                .then().statusCode(200)
                .body("items.updated_on", hasItem("2025-12-29"));
    }
}
