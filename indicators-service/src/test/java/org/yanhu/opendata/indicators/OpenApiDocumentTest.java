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
                if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                    faults.add(name + ": no success response");
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

    @Test
    void theCurationWorkflowIsDocumentedWithItsKeyAndItsLimits() {
        JsonPath doc = document();
        assertEquals("createSource", doc.getString("paths.'/api/v1/sources'.post.operationId"));
        assertEquals("getSourceText", doc.getString("paths.'/api/v1/sources/{id}/text'.get.operationId"));
        assertEquals("extractCandidates", doc.getString("paths.'/api/v1/sources/{id}/extraction'.post.operationId"));
        assertEquals("listCandidates", doc.getString("paths.'/api/v1/sources/{id}/candidates'.get.operationId"));
        assertEquals("getCandidate", doc.getString("paths.'/api/v1/sources/{id}/candidates/{cid}'.get.operationId"));
        for (String decision : List.of("accept", "reject", "not-an-observation")) {
            String at = "paths.'/api/v1/sources/{id}/candidates/{cid}/" + decision + "'.post";
            assertTrue(doc.getString(at + ".operationId") != null, decision);
            assertEquals("apiKey", doc.getString(at + ".security[0].keySet()[0]"), decision);
        }
        assertTrue(doc.getMap("paths.'/api/v1/sources'.post.responses").containsKey("413"));
        Map<String, Object> status = resolve(doc.getMap("components.schemas.Candidate.properties.status"), doc);
        assertEquals(List.of("proposed", "accepted", "rejected", "not_an_observation"), status.get("enum"));
    }

    private static Map<String, Object> parameter(JsonPath doc, String path, String name) {
        List<Map<String, Object>> parameters = doc.getList("paths.'" + path + "'.get.parameters");
        return parameters.stream().filter(p -> name.equals(p.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no parameter " + name + " on " + path));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemaOf(Map<String, Object> parameter, JsonPath doc) {
        return resolve((Map<String, Object>) parameter.get("schema"), doc);
    }

    /** The schema itself, behind a $ref or in the allOf that adds a default to a $ref. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> schema, JsonPath doc) {
        if (schema.get("$ref") != null) {
            return doc.getMap("components.schemas." + schema.get("$ref").toString().substring(
                    "#/components/schemas/".length()));
        }
        if (schema.get("allOf") instanceof List<?> all) {
            return all.stream().map(part -> (Map<String, Object>) part).filter(part -> part.containsKey("$ref"))
                    .findFirst().map(part -> resolve(part, doc)).orElse(schema);
        }
        return schema;
    }

    @Test
    void openVocabulariesAreStringsAndClosedOnesEnums() {
        JsonPath doc = document();
        Map<String, Object> source = schemaOf(parameter(doc, "/api/v1/observations", "source"), doc);
        assertEquals("string", source.get("type"));
        assertTrue(!source.containsKey("enum"), "source must not be an enum: " + source);
        assertEquals(List.of("actual", "target"), schemaOf(parameter(doc, "/api/v1/observations", "kind"), doc)
                .get("enum"));
        assertEquals(List.of("current", "all"), schemaOf(parameter(doc, "/api/v1/observations", "versions"), doc)
                .get("enum"));
        assertEquals(List.of("actual", "target"), schemaOf(parameter(doc, "/api/v1/claims/check", "kind"), doc)
                .get("enum"));
    }

    @Test
    void constraintsComeFromTheSameAnnotationsAsValidation() {
        JsonPath doc = document();
        Map<String, Object> limit = schemaOf(parameter(doc, "/api/v1/observations", "limit"), doc);
        assertEquals(1000, ((Number) limit.get("maximum")).intValue());
        assertEquals(1, ((Number) limit.get("minimum")).intValue());
        assertEquals("\\d{6}", schemaOf(parameter(doc, "/api/v1/observations", "region"), doc).get("pattern"));
        assertEquals("date", schemaOf(parameter(doc, "/api/v1/observations", "as_of"), doc).get("format"));
    }

    @Test
    void problemResponsesAreDescribedOnceAndReferenced() {
        JsonPath doc = document();
        for (String name : List.of("BadRequest", "NotFound", "Unauthorized", "Conflict", "UnprocessableContent")) {
            assertTrue(doc.getMap("components.responses." + name + ".content").containsKey("application/problem+json"),
                    name);
        }
        assertEquals("#/components/responses/BadRequest",
                doc.getString("paths.'/api/v1/observations'.get.responses.'400'.$ref"));
        assertEquals("#/components/responses/Conflict",
                doc.getString("paths.'/api/v1/observations/import'.post.responses.'409'.$ref"));
    }
}
