package org.yanhu.opendata.projects.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a data service answers before and around its resources (issue 12): NUL characters, a blank
 * Accept, request limits, malformed targets and malformed JSON all get a problem with the request id,
 * in API terms, never a 500 or the codec's plain text; and its ETags do not depend on the instance.
 */
@QuarkusTest
class RequestEdgeTest {

    private static final int PORT = 18082;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the fuzzer counts as a leak of Java names in an error body. */
    private static final Pattern JAVA_NAMES = Pattern.compile("\\b(org|java|com)\\.[a-z]|\\$[A-Z]|\\b(String|Integer|"
            + "Long|BigDecimal|ArrayList|List|Map|LinkedHashMap|StreamReadConstraints|JsonToken|Object)\\b|`");

    @Test
    void aNulInAPathParameterIsA400NamingIt() {
        given().header("X-Request-Id", "nul-path").urlEncodingEnabled(false)
                .get("/api/v1/projects/abc%00def")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"))
                .body("detail", containsString("NUL"))
                .body("request_id", equalTo("nul-path"));
    }

    @Test
    void aNulInAQueryParameterIsA400NamingIt() {
        given().header("X-Request-Id", "nul-query").urlEncodingEnabled(false)
                .get("/api/v1/projects?sector=energy%00")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("sector"))
                .body("request_id", equalTo("nul-query"));
    }

    @Test
    void aBlankAcceptIsReadAsAnything() throws Exception {
        try (RawHttp http = new RawHttp(PORT)) {
            RawHttp.Reply reply = http.exchange("GET", "/api/v1/projects?limit=1", "Accept: ");
            assertEquals(200, reply.status(), reply.body());
            assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type"));
            RawHttp.Reply again = http.exchange("GET", "/api/v1/sectors", "Accept:");
            assertEquals(200, again.status(), again.body());
        }
    }

    @Test
    void anAcceptThatCannotBeParsedIsNeverA500() throws Exception {
        for (String accept : List.of(",", ";", "/", "text/", "*/*;q=x", "a/b/c")) {
            try (RawHttp http = new RawHttp(PORT)) {
                RawHttp.Reply reply = http.exchange("GET", "/api/v1/projects?limit=1", "Accept: " + accept);
                assertTrue(reply.status() == 200 || reply.status() == 406 || reply.status() == 400,
                        accept + " -> " + reply.status() + " " + reply.body());
                if (reply.status() != 200) {
                    assertEquals("application/problem+json", reply.header("Content-Type"), accept);
                }
            }
        }
    }

    @Test
    void aTargetOverTheUriLimitIsA414Problem() throws Exception {
        try (RawHttp http = new RawHttp(PORT)) {
            assertProblem(http.exchange("GET", "/api/v1/projects?q=" + "x".repeat(6000), "X-Request-Id: edge-414"),
                    414, "uri-too-long", "edge-414");
        }
    }

    @Test
    void headersOverTheirLimitAreA431Problem() throws Exception {
        for (int size : new int[] {20_000, 40_000}) {
            try (RawHttp http = new RawHttp(PORT)) {
                assertProblem(http.exchange("GET", "/api/v1/projects", "X-Request-Id: edge-431",
                        "X-Padding: " + "p".repeat(size)), 431, "headers-too-large", "edge-431");
            }
        }
    }

    @Test
    void anImportOverTheBodyLimitIsA413ProblemBeforeItIsRead() throws Exception {
        try (RawHttp http = new RawHttp(PORT)) {
            http.send("POST /api/v1/projects/import HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: edge-413\r\n"
                    + "Authorization: Bearer test-key\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 26214400\r\n\r\n");
            RawHttp.Reply reply = http.read();
            assertProblem(reply, 413, "body-too-large", "edge-413");
            assertEquals("close", reply.header("Connection"));
        }
    }

    @Test
    void anImportUnderTheBodyLimitIsRead() {
        given().header("Authorization", "Bearer test-key").contentType("application/json")
                .body("{\"reason\":\"" + "r".repeat(3_000_000) + "\"}")
                .post("/api/v1/projects/import")
                .then().statusCode(not(413));
    }

    /**
     * A target that is not a URI at all ({@code %zz}, {@code %%}) is refused by Quarkus's own check with a
     * bare 400 before any route runs, at a service reached directly; the gateway, in front, switches that
     * check off and answers it with a problem. Escapes that are a URI but no UTF-8 reach the route.
     */
    @Test
    void percentEncodingThatIsNoUtf8IsA400ProblemNamingTheParameter() throws Exception {
        for (String value : List.of("%C3", "%C3%28", "%FF", "%E6%97")) {
            try (RawHttp http = new RawHttp(PORT)) {
                RawHttp.Reply reply = http.exchange("GET", "/api/v1/projects?sector=" + value,
                        "X-Request-Id: edge-encoding");
                assertProblem(reply, 400, "invalid-parameter", "edge-encoding");
                assertEquals("sector", JSON.readTree(reply.body()).path("errors").path(0).path("field").asText(),
                        value);
            }
        }
    }

    @Test
    void malformedImportBodiesAreNamedInJsonTermsNotJavaTypes() {
        List<String> bodies = List.of(
                "{\"reason\":\"x\",\"projects\":[{\"id\":\"a\",\"metrics\":[\"capacity\"]}]}",
                "{\"reason\":\"x\",\"projects\":\"none\"}",
                "{\"reason\":[\"x\"],\"projects\":[]}",
                "{\"reason\":\"x\",\"projects\":[{\"id\":\"a\",\"year\":\"soon\"}]}",
                "{\"reason\":\"x\",\"projects\":[{\"id\":\"a\",\"metrics\":[{\"value\":\"lots\"}]}]}",
                "{\"reason\":\"x\",\"projects\":[{\"id\":\"a\",\"metrics\":[{\"value\":" + "9".repeat(20_000) + "}]}]}",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"reason\":\"x\",\"projects\":[{\"id\":\"a\"",
                "{\"reason\":\"x\",\"projects\":[{\"id\":\"a\",\"unknown_field\":1}]}",
                "{\"reason\": tru}");
        for (String body : bodies) {
            Response response = given().header("Authorization", "Bearer test-key").contentType("application/json")
                    .header("X-Request-Id", "edge-json").body(body).post("/api/v1/projects/import");
            String shown = body.length() > 80 ? body.substring(0, 80) + "…" : body;
            assertEquals(400, response.statusCode(), shown + " -> " + response.asString());
            assertEquals("application/problem+json", response.contentType(), shown);
            String detail = response.path("detail");
            assertFalse(JAVA_NAMES.matcher(response.asString()).find(), shown + " -> " + response.asString());
            assertTrue(detail != null && detail.length() > 15, shown + " -> " + detail);
            assertEquals("edge-json", response.path("request_id"), shown);
        }
        given().header("Authorization", "Bearer test-key").contentType("application/json")
                .body("{\"reason\":\"x\",\"projects\":[{\"id\":\"a\",\"metrics\":[\"capacity\"]}]}")
                .post("/api/v1/projects/import")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("projects[0].metrics[0]"))
                .body("detail", equalTo("Field 'projects[0].metrics[0]' must be an object"));
        given().header("Authorization", "Bearer test-key").contentType("application/json")
                .body("{\"reason\":\"x\",\"projects\":[{\"id\":\"a\",\"year\":\"soon\"}]}")
                .post("/api/v1/projects/import")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("projects[0].year"))
                .body("detail", containsString("must be a whole number"));
    }

    @Test
    void theSameReadHasTheSameEtagWhicheverInstanceAnswers() {
        String one = given().header("Host", "127.0.0.1:8082").get("/api/v1/projects?limit=2")
                .then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
        String other = given().header("Host", "10.0.0.7:8084").header("X-Forwarded-Host", "api.example.org")
                .get("/api/v1/projects?limit=2").then().statusCode(200).extract().header("ETag");
        assertEquals(one, other, "the ETag depends on the data version and the representation only");
        given().header("Host", "10.0.0.7:8084").header("If-None-Match", one).get("/api/v1/projects?limit=2")
                .then().statusCode(304);
    }

    private static void assertProblem(RawHttp.Reply reply, int status, String slug, String requestId)
            throws Exception {
        assertEquals(status, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.header("Content-Type"));
        assertEquals(requestId, reply.header("X-Request-Id"));
        JsonNode problem = JSON.readTree(reply.body());
        assertEquals(status, problem.path("status").asInt());
        assertEquals("https://yanhu-opendata.org/problems/" + slug, problem.path("type").asText());
        assertEquals(requestId, problem.path("request_id").asText());
    }
}
