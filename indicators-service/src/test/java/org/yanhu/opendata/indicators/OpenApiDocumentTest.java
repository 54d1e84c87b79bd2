package org.yanhu.opendata.indicators;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is the contract that clients are generated from: it must say what the API does. */
@QuarkusTest
class OpenApiDocumentTest {

    private static JsonPath document() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void schemasNamePropertiesAsTheJsonDoes() {
        JsonPath doc = document();
        Map<String, Object> observation = doc.getMap("components.schemas.Observation.properties");
        assertTrue(observation.containsKey("base_value") && observation.containsKey("indicator_name"),
                observation.keySet().toString());
        String body = given().get("/api/v1/indicators/GDP/observations").asString();
        for (String property : observation.keySet()) {
            assertTrue(body.contains("\"" + property + "\""), property + " is in the schema but not in the JSON");
        }
        assertTrue(doc.getMap("components.schemas.Problem.properties").containsKey("request_id"));
    }

    @Test
    void everyOperationHasAnIdASummaryAndDocumentedProblems() {
        JsonPath doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> faults = new ArrayList<>();
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                Map<String, Object> op = operation.getValue();
                String name = operation.getKey() + " " + path.getKey();
                if (op.get("operationId") == null || op.get("summary") == null) {
                    faults.add(name + ": no operationId or summary");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                if (!responses.containsKey("200")) {
                    faults.add(name + ": no 200 response");
                }
                boolean needsProblems = path.getKey().contains("{") || op.get("parameters") != null
                        || "post".equals(operation.getKey());
                if (needsProblems && responses.keySet().stream().noneMatch(code -> code.startsWith("4"))) {
                    faults.add(name + ": no problem response documented");
                }
            }
        }
        assertEquals(List.of(), faults);
    }

    @Test
    void theImportDocumentsJsonAndCsvBodiesAndTheApiKey() {
        JsonPath doc = document();
        Map<String, Object> content = doc.getMap("paths.'/api/v1/observations/import'.post.requestBody.content");
        assertTrue(content.containsKey("application/json") && content.containsKey("text/csv"), content.toString());
        assertEquals("importObservations", doc.getString("paths.'/api/v1/observations/import'.post.operationId"));
        assertEquals("bearer", doc.getString("components.securitySchemes.apiKey.scheme"));
    }
}
