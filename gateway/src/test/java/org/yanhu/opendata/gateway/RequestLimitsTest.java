package org.yanhu.opendata.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The documented limits (in the test profile: a 4096-character target, 16 KB of header fields and
 * 4 MB of body) are answered with problems that carry the request id, before the codec's own,
 * higher limits could answer in plain text.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class RequestLimitsTest {

    private static final int PORT = 18080;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aTargetOverTheUriLimitIsA414Problem() throws Exception {
        try (RawHttp http = new RawHttp(PORT)) {
            RawHttp.Reply tooLong = http.exchange("GET", "/api/v1/observations?q=" + "x".repeat(5000),
                    "X-Request-Id: limits-414");
            assertProblem(tooLong, 414, "uri-too-long", "limits-414");
            assertEquals(200, http.exchange("GET", "/api/v1/spoiler/ok").status(), "the connection stays usable");
        }
    }

    @Test
    void headerFieldsOverTheirLimitAreA431Problem() throws Exception {
        try (RawHttp http = new RawHttp(PORT)) {
            RawHttp.Reply tooLarge = http.exchange("GET", "/api/v1/spoiler/ok", "X-Request-Id: limits-431",
                    "X-Padding: " + "p".repeat(20_000));
            assertProblem(tooLarge, 431, "headers-too-large", "limits-431");
        }
    }

    @Test
    void aDeclaredBodyOverTheLimitIsA413ProblemBeforeAnyOfItIsRead() throws Exception {
        try (RawHttp http = new RawHttp(PORT)) {
            http.send("POST /api/v1/observations/import HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: limits-413\r\n"
                    + "Authorization: Bearer test-key\r\nContent-Type: text/csv\r\nContent-Length: 50000000\r\n\r\n");
            RawHttp.Reply tooLarge = http.read("POST");
            assertProblem(tooLarge, 413, "body-too-large", "limits-413");
            assertEquals("close", tooLarge.header("Connection"));
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutOffWithA413Problem() throws Exception {
        byte[] chunk = new byte[64 * 1024];
        new Random(9).nextBytes(chunk);
        try (RawHttp http = new RawHttp(PORT)) {
            http.send("POST /api/v1/observations/import HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: limits-chunked\r\n"
                    + "Authorization: Bearer test-key\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n");
            InputStream answer = http.input();
            for (int sent = 0; sent < 200 && answer.available() == 0; sent++) {
                try {
                    http.out().write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    http.out().write(chunk);
                    http.out().write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    http.out().flush();
                } catch (IOException closed) {
                    break;
                }
            }
            assertProblem(http.read("POST"), 413, "body-too-large", "limits-chunked");
        }
    }

    @Test
    void invalidPercentEncodingIsA400ProblemWithTheRequestId() throws Exception {
        String[] targets = {"/api/v1/spoiler/ok?q=%zz", "/api/v1/spoiler/ok?q=%%", "/api/v1/spoiler/ok?q=%",
            "/api/v1/spoiler/ok?q=%u0041", "/api/v1/spoiler/%zz", "/api/v1/spoiler/%%", "/api/v1/spoiler/%",
            "/api/v1/spoiler/%u0041", "/api/v1/spoiler/ok?%zz=1", "/api/v1/spoiler/ok?q=%C3"};
        int n = 0;
        for (String target : targets) {
            try (RawHttp http = new RawHttp(PORT)) {
                String id = "encoding-" + n++;
                RawHttp.Reply reply = http.exchange("GET", target, "X-Request-Id: " + id);
                assertProblem(reply, 400, "invalid-parameter", id);
                if (target.contains("?q=")) {
                    assertEquals("q", JSON.readTree(reply.body()).path("errors").path(0).path("field").asText(),
                            target);
                }
                assertEquals(200, http.exchange("GET", "/api/v1/spoiler/ok").status(), "the connection stays usable");
            }
        }
    }

    @Test
    void aBodyUnderTheLimitStillGoesThrough() {
        given().contentType("application/json").body("{}")
                .when().post("/api/v1/spoiler/early")
                .then().statusCode(401)
                .body("title", equalTo("Unauthorized"));
    }

    private static void assertProblem(RawHttp.Reply reply, int status, String slug, String requestId)
            throws IOException {
        assertEquals(status, reply.status(), reply.text());
        assertEquals("application/problem+json", reply.header("Content-Type"), reply.headers() + " " + reply.text());
        assertEquals(requestId, reply.header("X-Request-Id"));
        JsonNode problem = JSON.readTree(reply.body());
        assertEquals(status, problem.path("status").asInt());
        assertEquals("https://yanhu-opendata.org/problems/" + slug, problem.path("type").asText());
        assertEquals(requestId, problem.path("request_id").asText());
        assertTrue(problem.path("detail").asText().length() > 10, problem.toString());
    }
}
