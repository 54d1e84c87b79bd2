package org.yanhu.opendata.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CodeListTest {

    @Test
    void sectorsHaveBilingualLabelsGroupsAndOc4idsCodes() {
        given().get("/api/v1/sectors")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("items[0].code", equalTo("energy"))
                .body("items[0].level", equalTo("group"))
                .body("items.code", hasItems("energy.solar", "transport.road", "water.flood", "governance.reform"))
                .body("items.find { it.code == 'energy.solar' }.label.zh", equalTo("光伏发电"))
                .body("items.find { it.code == 'energy.solar' }.parent", equalTo("energy"))
                .body("items.find { it.code == 'energy.solar' }.oc4ids_sector", equalTo("energy.solar"))
                .body("items.find { it.code == 'transport.road' }.oc4ids_sector", equalTo("transport.road"))
                .body("items.find { it.code == 'water.flood' }.oc4ids_sector",
                        equalTo("naturalResources.floodProtection"));
    }

    @Test
    void everyDatasetSectorIsAKnownSectorNotAGroup() {
        JsonPath sectors = given().get("/api/v1/sectors").then().extract().jsonPath();
        List<String> leaves = sectors.getList("items.findAll { it.level == 'sector' }.code", String.class);
        DatasetFiles.PROJECTS.forEach(p -> assertTrue(leaves.contains(p.get("sector").asText()), p.toString()));
        DatasetFiles.PLEDGES.forEach(p -> assertTrue(leaves.contains(p.get("sector").asText()), p.toString()));
    }

    @Test
    void projectStatusesMapToOc4idsProjectStatus() {
        given().get("/api/v1/project-statuses")
                .then().statusCode(200)
                .body("items.code", equalTo(List.of("planned", "under_construction", "completed", "operational",
                        "ongoing")))
                .body("items.oc4ids_status", equalTo(List.of("identification", "implementation", "completion",
                        "maintenance", "implementation")))
                .body("items.label.zh", not(hasItems((String) null)))
                .body("items[0].description", notNullValue());
    }

    @Test
    void codeListsAreCsvToo() {
        String csv = given().get("/api/v1/project-statuses?format=csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("code,label.zh,label.en,description,oc4ids_status"), csv);
    }

    @Test
    void theOpenApiEnumerationOfSectorsMatchesTheCodeList() {
        List<String> served = given().get("/api/v1/sectors").then().extract().jsonPath()
                .getList("items.code", String.class);
        JsonPath openapi = given().header("Accept", "application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> parameters = openapi.getList("paths.'/api/v1/projects'.get.parameters");
        Map<String, Object> sector = parameters.stream().filter(p -> "sector".equals(p.get("name"))).findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        List<String> documented = (List<String>) ((Map<String, Object>) sector.get("schema")).get("enum");
        assertEquals(served, documented);
    }

    @Test
    void theOpenApiDocumentDescribesEveryOperationAndNoSharedPaths() {
        JsonPath openapi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        assertTrue(paths.containsKey("/api/v1/projects/{id}/history"));
        assertTrue(paths.containsKey("/api/v1/pledges/scorecard"));
        assertTrue(!paths.containsKey("/api/v1/sources") && !paths.containsKey("/api/v1/regions"));
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            assertTrue(operation.get("operationId") != null, method + " " + path);
            assertTrue(operation.get("summary") != null, method + " " + path);
            assertTrue(operation.get("tags") != null, method + " " + path);
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith("4")), method + " " + path);
        }));
    }

    @Test
    void readinessCoversTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"));
    }
}
