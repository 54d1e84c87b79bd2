package org.yanhu.opendata.indicators;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A repeated public read is answered from the bytes of the first (api-conventions' ResponseBytes), under the same
 * data version only: the answer is the same to the byte, with a request id of its own; a new data version, a request
 * with a key or with Cache-Control: no-cache, an error, and another Accept each go to the resource.
 */
@QuarkusTest
class ResponseBytesTest {

    private static final String READ = "/api/v1/indicators/GDP/observations";

    @Inject
    AgroalDataSource primary;

    /** Lookups with this result, answered by any of the route, the filter or the resource. */
    private static double counted(String result) {
        return counted(result, "[^\"]+");
    }

    private static double counted(String result, String answeredBy) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("^api_response_bytes_total\\{(?=[^}]*result=\"" + result + "\")"
                + "(?=[^}]*answered_by=\"" + answeredBy + "\")[^}]*} (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }

    @Test
    void aRepeatedReadIsTheSameAnswerToTheByteWithARequestIdOfItsOwn() {
        Response first = given().get(READ);
        first.then().statusCode(200);
        double hits = counted("hit");
        Response second = given().get(READ);
        second.then().statusCode(200).contentType(startsWith("application/json"));
        assertEquals(hits + 1, counted("hit"), "the second read is answered from the stored bytes");
        assertArrayEquals(first.asByteArray(), second.asByteArray());
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals(first.header("Data-Version"), second.header("Data-Version"));
        assertEquals(first.header("Cache-Control"), second.header("Cache-Control"));
        assertNotEquals(first.header("X-Request-Id"), second.header("X-Request-Id"));
    }

    @Test
    void aHitIsAnsweredOnTheEventLoopWithEveryHeaderOfTheFirstAnswer() {
        for (String encoding : List.of("identity", "gzip")) {
            String path = READ + "?limit=7";
            Response first = given().header("Accept-Encoding", encoding).get(path);
            first.then().statusCode(200);
            double byRoute = counted("hit", "route");
            Response second = given().header("Accept-Encoding", encoding).header("X-Request-Id", "hit-" + encoding)
                    .get(path);
            second.then().statusCode(200).header("X-Request-Id", "hit-" + encoding);
            assertEquals(byRoute + 1, counted("hit", "route"), "the route answered the repeat");
            assertArrayEquals(first.asByteArray(), second.asByteArray());
            assertEquals(headersBut(first), headersBut(second), encoding);
        }
    }

    /** Every header but the request's own id and the date, in order. */
    private static List<String> headersBut(Response response) {
        return response.headers().asList().stream()
                .filter(h -> !h.getName().equalsIgnoreCase("X-Request-Id") && !h.getName().equalsIgnoreCase("Date"))
                .map(h -> h.getName().toLowerCase(java.util.Locale.ROOT) + ": " + h.getValue()).sorted().toList();
    }

    @Test
    void aNewDataVersionIsReadFromTheDatabaseAgain() throws Exception {
        given().get(READ).then().statusCode(200);
        String before = given().get(READ).then().statusCode(200).extract().header("Data-Version");
        execute("""
                with moved as (update data_version set version = version + 1 where id = 1 returning version)
                select pg_notify('data_version', version::text) from moved""");
        String after = before;
        for (int i = 0; i < 100 && after.equals(before); i++) {
            Thread.sleep(20);
            after = given().get(READ).then().statusCode(200).extract().header("Data-Version");
        }
        assertNotEquals(before, after, "the notification did not arrive");
        double misses = counted("miss");
        double hits = counted("hit");
        // The read that saw the new version was served by the resource and stored again; the next one is a hit.
        given().get(READ).then().statusCode(200).header("Data-Version", after);
        assertEquals(hits + 1, counted("hit"));
        assertEquals(misses, counted("miss"));
    }

    @Test
    void aKeyedRequestOrOneThatAsksAfreshGoesToTheResource() {
        given().get(READ).then().statusCode(200);
        double hits = counted("hit");
        given().header("Authorization", "Bearer not-a-key").get(READ).then().statusCode(200);
        given().header("Cache-Control", "no-cache").get(READ).then().statusCode(200);
        assertEquals(hits, counted("hit"));
    }

    @Test
    void anErrorIsNeverKept() {
        double hits = counted("hit");
        for (int i = 0; i < 2; i++) {
            given().get("/api/v1/indicators/NO_SUCH_INDICATOR_FOR_BYTES").then().statusCode(404)
                    .contentType("application/problem+json");
        }
        assertEquals(hits, counted("hit"));
    }

    @Test
    void csvAndJsonAreKeptApart() {
        for (int i = 0; i < 2; i++) {
            given().accept("text/csv").get(READ).then().statusCode(200).contentType(startsWith("text/csv"));
            given().accept("application/json").get(READ).then().statusCode(200)
                    .contentType(startsWith("application/json"));
        }
        String csv = given().accept("text/csv").get(READ).then().extract().asString();
        assertTrue(csv.startsWith("id,") || csv.startsWith("\uFEFFid,"), csv.substring(0, Math.min(40, csv.length())));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = primary.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
