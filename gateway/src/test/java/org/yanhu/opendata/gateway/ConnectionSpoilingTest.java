package org.yanhu.opendata.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Connections spoiled on purpose, as a fuzzer spoils them: clients that give up in the middle of a
 * body, 2 MB bodies that the service answers before reading them (and then closes the connection),
 * services that close a connection without answering. None of it may cost the next request anything,
 * nor take the instance out of rotation.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class ConnectionSpoilingTest {

    private static final int PORT = 18080;
    private static final byte[] TWO_MEGABYTES = new byte[2 * 1024 * 1024];

    static {
        new Random(3).nextBytes(TWO_MEGABYTES);
    }

    @Test
    void clientsThatAbortInTheMiddleOfABodyCostTheNextRequestsNothing() throws Exception {
        try (LoggedErrors logged = LoggedErrors.capture()) {
            for (int i = 0; i < 20; i++) {
                try (RawHttp http = new RawHttp(PORT)) {
                    http.send("POST /api/v1/spoiler/early HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                            + "Content-Length: " + TWO_MEGABYTES.length + "\r\n\r\n");
                    http.out().write(TWO_MEGABYTES, 0, 256 * 1024);
                    http.out().flush();
                }
                nextRequestsAreServed(3);
            }
            assertNothingBrokenLogged(logged);
        }
        assertInRotation();
    }

    @Test
    void twoMegabyteBodiesAnsweredEarlyCostTheNextRequestsNothing() throws Exception {
        try (LoggedErrors logged = LoggedErrors.capture()) {
            int closedAnswersLost = 0;
            for (int i = 0; i < 10; i++) {
                boolean close = i % 2 == 0;
                Response early = given().contentType("text/csv").body(TWO_MEGABYTES)
                        .when().post("/api/v1/spoiler/early" + (close ? "?close=true" : ""));
                if (close && early.statusCode() == 502) {
                    // The known limit (RELIABILITY.md): an answer followed at once by a close can be lost when
                    // the close wins the race with reading it on a loaded machine. It is a clean 502 problem.
                    assertEquals("application/problem+json", early.contentType());
                    closedAnswersLost++;
                } else {
                    assertEquals(401, early.statusCode(), "the service's early answer passes through: " + early.asString());
                }
                nextRequestsAreServed(3);
            }
            assertTrue(closedAnswersLost < 5, "most early answers followed by a close pass through");
            assertNothingBrokenLogged(logged);
        }
        assertInRotation();
    }

    @Test
    void bodiesTheGatewayAnswersItselfBeforeReadingThemLeaveTheConnectionUsable() throws Exception {
        try (LoggedErrors logged = LoggedErrors.capture()) {
            for (int i = 0; i < 10; i++) {
                try (RawHttp http = new RawHttp(PORT)) {
                    http.send("POST /api/v1/nowhere HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                            + "Content-Length: " + TWO_MEGABYTES.length + "\r\n\r\n");
                    writeAsMuchAsAccepted(http.out());
                    RawHttp.Reply notFound = http.read("POST");
                    assertEquals(404, notFound.status());
                    assertEquals("application/problem+json", notFound.header("Content-Type"));
                }
                nextRequestsAreServed(2);
            }
            assertNothingBrokenLogged(logged);
        }
    }

    /** The client leaves while a compressed answer streams to it: the gateway's write fails, and nothing may break. */
    @Test
    void clientsThatLeaveInTheMiddleOfACompressedAnswerCostTheNextRequestsNothing() throws Exception {
        try (LoggedErrors logged = LoggedErrors.capture()) {
            for (int i = 0; i < 20; i++) {
                try (RawHttp http = new RawHttp(PORT)) {
                    http.send("GET /api/v1/spoiler/stream HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip\r\n\r\n");
                    http.readStatusLine();
                }
                nextRequestsAreServed(2);
            }
            nextRequestsAreServed(5);
            assertNothingBrokenLogged(logged);
        }
        assertInRotation();
    }

    @Test
    void anIdempotentRequestWhoseConnectionIsDroppedIsRetriedOnceOnAFreshConnection() {
        String key = UUID.randomUUID().toString();
        given().queryParam("key", key)
                .when().get("/api/v1/spoiler/drop-first")
                .then().statusCode(200)
                .body("attempt", equalTo(2));
        assertEquals(2, UpstreamStubs.spoiler().arrivals("GET", "/api/v1/spoiler/drop-first", key));
        assertInRotation();
    }

    @Test
    void aPostWhoseConnectionIsDroppedIsNeverRetried() {
        String key = UUID.randomUUID().toString();
        given().queryParam("key", key).contentType("application/json").body("{}")
                .when().post("/api/v1/spoiler/drop-first")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("request_id", org.hamcrest.Matchers.notNullValue());
        assertEquals(1, UpstreamStubs.spoiler().arrivals("POST", "/api/v1/spoiler/drop-first", key));
        assertInRotation();
    }

    private static void writeAsMuchAsAccepted(OutputStream out) {
        try {
            out.write(TWO_MEGABYTES);
            out.flush();
        } catch (IOException e) {
            // The gateway may close the connection once it has answered: that is its right.
        }
    }

    private static void nextRequestsAreServed(int count) {
        for (int i = 0; i < count; i++) {
            given().when().get("/api/v1/spoiler/ok").then().statusCode(200).body("ok", equalTo(true));
        }
    }

    private static void assertNothingBrokenLogged(LoggedErrors logged) {
        List<String> broken = new ArrayList<>(logged.mentioning("IllegalReferenceCount", "taken out of rotation",
                "LEAK"));
        assertEquals(List.of(), broken);
    }

    private static void assertInRotation() {
        given().when().get("/q/health/ready").then()
                .body("checks.find { it.name == 'upstreams' }.data.'spoiler.instances'", equalTo("1/1 healthy"));
    }
}
