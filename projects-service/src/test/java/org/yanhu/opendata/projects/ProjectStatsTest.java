package org.yanhu.opendata.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Counts for charts. Write tests cite only test documents, so counts filtered by one of the two
 * report documents are exactly the dataset's.
 */
@QuarkusTest
class ProjectStatsTest {

    private static final List<String> REPORTS = List.of("000_1861cacfb8655aea", "004_006121198c1df0a0");

    private static Map<String, Long> served(String source, String dimension) {
        List<Map<String, Object>> rows = given().get("/api/v1/projects/stats?by=" + dimension + "&source=" + source)
                .then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Long> counts = new HashMap<>();
        rows.stream().filter(r -> ((Number) r.get("count")).longValue() > 0)
                .forEach(r -> counts.put(r.get("code").toString(), ((Number) r.get("count")).longValue()));
        return counts;
    }

    private static List<JsonNode> citing(String source) {
        return DatasetFiles.PROJECTS.stream().filter(p -> DatasetFiles.hasRelease(p, source)).toList();
    }

    @Test
    void countsBySectorStatusAndYearEqualTheDatasetFiles() {
        for (String source : REPORTS) {
            List<JsonNode> projects = citing(source);
            assertEquals(DatasetFiles.countBy(projects, p -> p.get("sector").asText()), served(source, "sector"));
            assertEquals(DatasetFiles.countBy(projects, DatasetFiles::currentStatus), served(source, "status"));
            assertEquals(DatasetFiles.countBy(projects, p -> p.get("year").asText()), served(source, "year"));
            assertEquals(DatasetFiles.countBy(projects, p -> p.get("sector").asText().split("\\.")[0]),
                    served(source, "sector_group"));
        }
    }

    @Test
    void everySectorAndStatusIsARowEvenWithZeroProjects() {
        given().get("/api/v1/projects/stats?by=status&sector=energy.solar")
                .then().statusCode(200)
                .body("items.size()", equalTo(5))
                .body("items.dimension", everyItem(equalTo("status")))
                .body("items[0].label.zh", equalTo("计划实施"));
        int sectors = given().get("/api/v1/sectors").then().extract().jsonPath()
                .getList("items.findAll { it.level == 'sector' }").size();
        given().get("/api/v1/projects/stats?by=sector").then().statusCode(200).body("items.size()", equalTo(sectors));
    }

    @Test
    void withoutByEveryDimensionIsListed() {
        List<String> dimensions = given().get("/api/v1/projects/stats").then().statusCode(200)
                .header("ETag", containsString("W/"))
                .extract().jsonPath().getList("items.dimension", String.class);
        assertEquals(List.of("sector_group", "sector", "status", "year"), dimensions.stream().distinct().toList());
    }

    @Test
    void statsAreCsvForSpreadsheets() {
        String csv = given().get("/api/v1/projects/stats?by=status&format=csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r?\n");
        assertEquals("dimension,code,label.zh,label.en,count", lines[0]);
        assertEquals(6, lines.length);
        assertTrue(lines[1].startsWith("status,planned,"));
    }

    @Test
    void anUnknownDimensionIsRejectedWithAllowedValues() {
        given().get("/api/v1/projects/stats?by=colour").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("sector_group"));
        given().get("/api/v1/projects/stats?sector=nope").then().statusCode(400);
    }
}
