package org.yanhu.opendata.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation the OpenAPI document offers as text/csv answers CSV, by Accept and (where JSON is offered
 * too) by ?format=csv, and documents the bom and format parameters: the document says what the service does.
 */
@QuarkusTest
class CsvDocumentedTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationDocumentedAsCsvAnswersCsv() {
        JsonPath document = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<String> checked = new ArrayList<>();
        paths.forEach((path, item) -> {
            Map<String, Object> get = (Map<String, Object>) item.get("get");
            if (get == null) {
                return;
            }
            Map<String, Object> ok = (Map<String, Object>) ((Map<String, Object>) get.get("responses")).get("200");
            Map<String, Object> content = ok == null ? null : (Map<String, Object>) ok.get("content");
            if (content == null || !content.containsKey("text/csv")) {
                return;
            }
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) get.get("parameters");
            String url = path;
            for (Map<String, Object> parameter : parameters) {
                if ("path".equals(parameter.get("in"))) {
                    url = url.replace("{" + parameter.get("name") + "}", String.valueOf(parameter.get("example")));
                }
            }
            assertTrue(parameters.stream().anyMatch(p -> "bom".equals(p.get("name"))), path + " documents bom");
            given().accept("text/csv").get(url).then().statusCode(200).contentType(startsWith("text/csv"));
            if (content.containsKey("application/json")) {
                assertTrue(parameters.stream().anyMatch(p -> "format".equals(p.get("name"))), path + " documents format");
                given().queryParam("format", "csv").get(url).then().statusCode(200).contentType(startsWith("text/csv"));
            }
            checked.add(path);
        });
        assertTrue(checked.size() >= MIN, "only " + checked + " are documented as CSV");
    }

    private static final int MIN = 6;
}
