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

    private static Map<String, Object> parameter(JsonPath openapi, String path, String name) {
        List<Map<String, Object>> parameters = openapi.getList("paths.'" + path + "'.get.parameters");
        return parameters.stream().filter(p -> name.equals(p.get("name"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemaOf(Map<String, Object> parameter) {
        return (Map<String, Object>) parameter.get("schema");
    }

    @Test
    void openVocabulariesAreDocumentedAsStringsThatLinkToTheirCodeList() {
        JsonPath openapi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, String> lists = Map.of("sector", "/api/v1/sectors", "source", "/api/v1/sources",
                "region", "/api/v1/regions");
        lists.forEach((name, list) -> {
            Map<String, Object> parameter = parameter(openapi, "/api/v1/projects", name);
            assertEquals("string", schemaOf(parameter).get("type"), name);
            assertTrue(!schemaOf(parameter).containsKey("enum"), name + " must not be an enum");
            assertEquals(list, parameter.get("x-code-list"), name);
            assertTrue(parameter.get("description").toString().contains(list), name);
        });
        assertTrue(!schemaOf(parameter(openapi, "/api/v1/pledges", "sector")).containsKey("enum"));
    }

    @Test
    void theOpenApiEnumerationOfStatusesMatchesTheCodeList() {
        List<String> served = given().get("/api/v1/project-statuses").then().extract().jsonPath()
                .getList("items.code", String.class);
        JsonPath openapi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertEquals(served, enumOf(openapi, parameter(openapi, "/api/v1/projects", "status")));
    }

    @Test
    void closedVocabulariesAreEnumsInTheOpenApiDocument() {
        JsonPath openapi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("id", "year", "-year", "-updated"),
                enumOf(openapi, parameter(openapi, "/api/v1/projects", "sort")));
        assertEquals(List.of("sector_group", "sector", "status", "year"),
                enumOf(openapi, parameter(openapi, "/api/v1/projects/stats", "by")));
        assertEquals(List.of("met", "exceeded", "partly_met", "different_scope", "in_progress", "not_reported"),
                enumOf(openapi, parameter(openapi, "/api/v1/pledges", "status")));
        Map<String, Object> limit = schemaOf(parameter(openapi, "/api/v1/projects", "limit"));
        assertEquals(1, ((Number) limit.get("minimum")).intValue());
        assertEquals(1000, ((Number) limit.get("maximum")).intValue());
        Map<String, Object> year = schemaOf(parameter(openapi, "/api/v1/projects", "year"));
        assertEquals(1949, ((Number) year.get("minimum")).intValue());
        assertEquals(2100, ((Number) year.get("maximum")).intValue());
    }

    /** The enum of a parameter's schema, inline or behind a $ref to a component. */
    @SuppressWarnings("unchecked")
    private static List<String> enumOf(JsonPath openapi, Map<String, Object> parameter) {
        Map<String, Object> schema = schemaOf(parameter);
        if (schema.containsKey("allOf")) {
            schema = ((List<Map<String, Object>>) schema.get("allOf")).get(0);
        }
        if (schema.containsKey("$ref")) {
            String name = schema.get("$ref").toString().replace("#/components/schemas/", "");
            schema = openapi.getMap("components.schemas." + name);
        }
        return (List<String>) schema.get("enum");
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
    void oneSchemaNameMeansOneShapeSoNoneIsNumbered() {
        JsonPath openapi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Object> schemas = openapi.getMap("components.schemas");
        assertTrue(schemas.keySet().stream().noneMatch(name -> name.matches(".*[A-Za-z]\\d+")), schemas.keySet()
                .toString());
        // The shared views keep the names they have in indicators-service; the import shapes are this service's.
        assertTrue(schemas.keySet().containsAll(List.of("Citation", "CodeLabel", "Unit", "ProjectImportBatch",
                "ProjectImportResult", "ProjectStatus")), schemas.keySet().toString());
    }

    @Test
    void readinessCoversTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"));
    }
}
