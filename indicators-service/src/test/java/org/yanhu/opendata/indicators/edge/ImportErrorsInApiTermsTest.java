package org.yanhu.opendata.indicators.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Malformed import bodies, CSV and JSON, are 400 problems that say what is wrong in CSV and JSON terms
 * (line, column, field path, the JSON type expected), never naming a Java class or type (issue 12); a NUL
 * in an id is a 400 naming the parameter, not a PostgreSQL error; and a read's ETag is the same whichever
 * instance (Host) answers.
 */
@QuarkusTest
class ImportErrorsInApiTermsTest {

    private static final String KEY = "Bearer test-key";
    private static final String HEADER = "indicator,region,period,kind,comparator,value,unit,source,quote\n";
    private static final Pattern JAVA_NAMES = Pattern.compile("\\b(org|java|com|io)\\.[a-z]|\\$[A-Z]|\\b(String|Integer|"
            + "Long|BigDecimal|ArrayList|List|Map|LinkedHashMap|StreamReadConstraints|JsonToken|ObservationRow)\\b|`");

    @Test
    void malformedCsvIsNamedByLineAndColumn() {
        List<String> bodies = List.of(
                HEADER + "GDP,140802,2025,actual,eq,abc,亿元,src,q\n",
                HEADER + "GDP,140802,2025,actual,eq,1,亿元,src,q,extra,more\n",
                "indicator,colour\nGDP,red\n",
                HEADER + "GDP,140802,2025,actual,eq,\"1,亿元,src,q\n");
        for (String body : bodies) {
            Response response = given().header("Authorization", KEY).contentType("text/csv; charset=UTF-8")
                    .header("X-Request-Id", "csv-errors").body(body).post("/api/v1/observations/import");
            assertEquals(400, response.statusCode(), body + " -> " + response.asString());
            assertEquals("application/problem+json", response.contentType());
            assertFalse(JAVA_NAMES.matcher(response.asString()).find(), body + " -> " + response.asString());
            assertEquals("csv-errors", response.path("request_id"));
        }
        given().header("Authorization", KEY).contentType("text/csv; charset=UTF-8")
                .body(HEADER + "GDP,140802,2025,actual,eq,abc,亿元,src,q\n").post("/api/v1/observations/import")
                .then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("line 2: column 'value' must be a number"));
    }

    @Test
    void malformedJsonIsNamedByFieldPathAndJsonType() {
        List<String> bodies = List.of(
                "{\"observations\": [\"GDP\"]}",
                "{\"observations\": {\"indicator\": \"GDP\"}}",
                "{\"observations\": [{\"indicator\": [\"GDP\"]}]}",
                "{\"observations\": [{\"value\": " + "1".repeat(20_000) + "}]}",
                "{\"observations\": [ {");
        for (String body : bodies) {
            Response response = given().header("Authorization", KEY).contentType("application/json")
                    .body(body).post("/api/v1/observations/import");
            String shown = body.length() > 60 ? body.substring(0, 60) : body;
            assertEquals(400, response.statusCode(), shown + " -> " + response.asString());
            assertFalse(JAVA_NAMES.matcher(response.asString()).find(), shown + " -> " + response.asString());
        }
        given().header("Authorization", KEY).contentType("application/json")
                .body("{\"observations\": [\"GDP\"]}").post("/api/v1/observations/import")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("observations[0]"))
                .body("detail", equalTo("Field 'observations[0]' must be an object"));
    }

    @Test
    void aNulInAnIdIsA400NamingTheParameter() {
        given().urlEncodingEnabled(false).get("/api/v1/indicators/GDP%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void theSameReadHasTheSameEtagOnEveryInstance() {
        String one = given().header("Host", "127.0.0.1:8081").get("/api/v1/indicators")
                .then().statusCode(200).extract().header("ETag");
        String other = given().header("Host", "127.0.0.1:8083").get("/api/v1/indicators")
                .then().statusCode(200).extract().header("ETag");
        assertEquals(one, other);
    }
}
