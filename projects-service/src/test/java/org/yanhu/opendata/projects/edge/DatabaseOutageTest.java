package org.yanhu.opendata.projects.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away under a running service (every connection cut, new ones refused, through
 * {@link TcpCut}): reads that need the database get a quick 503 problem with Retry-After, never a 500 or
 * a hang; readiness goes DOWN; when the database is back the service answers again without a restart.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughACut.class)
class DatabaseOutageTest {

    static TcpCut cut;

    public static class ThroughACut implements QuarkusTestProfile {

        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(Relay.class));
        }
    }

    public static class Relay implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            try {
                cut = new TcpCut(System.getenv().getOrDefault("PGHOST", "127.0.0.1"),
                        Integer.parseInt(System.getenv().getOrDefault("PGPORT", "5432")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String url = "jdbc:postgresql://127.0.0.1:" + cut.port() + "/"
                    + System.getenv().getOrDefault("PROJECTS_TEST_DB_NAME", "projects_test");
            // Both datasources, the primary and the read-only one, reach PostgreSQL through the cut.
            return Map.of("quarkus.datasource.jdbc.url", url, "quarkus.datasource.\"read\".jdbc.url", url);
        }

        @Override
        public void stop() {
            try {
                cut.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void whileTheDatabaseIsAwayReadsGetA503WithRetryAfterAndTheServiceRecoversByItself() throws Exception {
        given().get("/api/v1/projects?limit=1").then().statusCode(200);
        cut.cut();
        try {
            Thread.sleep(1200); // the data version is read at most once a second: now it must be read again
            String[] reads = {"/api/v1/projects?limit=2", "/api/v1/projects?limit=3&sector=energy",
                "/api/v1/projects/no-such-project", "/api/v1/pledges?limit=2", "/api/v1/projects/stats",
                "/api/v1/sectors"};
            int unavailable = 0;
            for (int round = 0; round < 3; round++) {
                for (String read : reads) {
                    long started = System.nanoTime();
                    Response response = given().header("X-Request-Id", "outage-" + round).get(read);
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    assertTrue(millis < 5000, read + " took " + millis + " ms");
                    if (response.statusCode() == 200) {
                        continue; // from a cache that needs no database
                    }
                    assertEquals(503, response.statusCode(), read + " -> " + response.asString());
                    response.then().contentType("application/problem+json")
                            .header("Retry-After", equalTo("2"))
                            .body("request_id", equalTo("outage-" + round));
                    unavailable++;
                }
            }
            assertTrue(unavailable >= 10, "reads that need the database are 503s: " + unavailable);
            given().get("/q/health/ready").then().statusCode(503);
        } finally {
            cut.restore();
        }
        long deadline = System.currentTimeMillis() + 15_000;
        int status = 0;
        while (System.currentTimeMillis() < deadline && status != 200) {
            status = given().get("/api/v1/projects?limit=2").statusCode();
            if (status != 200) {
                Thread.sleep(200);
            }
        }
        assertEquals(200, status, "the service answers again once the database is back, without a restart");
        given().get("/q/health/ready").then().statusCode(200);
    }
}
