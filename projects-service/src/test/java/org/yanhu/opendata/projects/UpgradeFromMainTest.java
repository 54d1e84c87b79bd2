package org.yanhu.opendata.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The start-up loader applied to a database in the OLD shape: schema V1-V5 and rows main's loader wrote (fixture
 * {@code upgrade/main-d7b339f.sql}, in its own schema of the test database), where one sentence is two projects.
 * Flyway brings the schema up and the loader applies the reviewed dataset keeping history: the duplicate is
 * withdrawn, not deleted, the project that stays is corrected, and an untouched project gets no release.
 */
@QuarkusTest
@TestProfile(UpgradeFromMainTest.OldDatabase.class)
@QuarkusTestResource(value = UpgradeFromMainTest.OldDatabaseResource.class, restrictToAnnotatedClass = true)
class UpgradeFromMainTest {

    static final String SCHEMA = "upgrade_from_main";

    public static class OldDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.flyway.clean-at-start", "false", "quarkus.flyway.schemas", SCHEMA,
                    "quarkus.flyway.default-schema", SCHEMA,
                    "quarkus.hibernate-orm.database.default-schema", SCHEMA);
        }
    }

    /** Builds the old database before the application starts, and points both datasources at it. */
    public static class OldDatabaseResource implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
            String port = System.getenv().getOrDefault("PGPORT", "5432");
            String db = System.getenv().getOrDefault("PROJECTS_TEST_DB_NAME", "projects_test");
            String user = System.getenv().getOrDefault("PROJECTS_DB_USER", "projects");
            String password = System.getenv().getOrDefault("PROJECTS_DB_PASSWORD", "projects");
            String url = "jdbc:postgresql://" + host + ":" + port + "/" + db;
            // pg_trgm lives in public.
            String inSchema = url + "?currentSchema=" + SCHEMA + ",public";
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + SCHEMA + " cascade");
                s.execute("create schema " + SCHEMA);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            // main's schema: migrations V1-V5, recorded by Flyway as main's start would have.
            Flyway.configure().dataSource(inSchema, user, password).schemas(SCHEMA).defaultSchema(SCHEMA)
                    .locations("classpath:db/migration").target("5").load().migrate();
            try (Connection c = DriverManager.getConnection(inSchema, user, password);
                    Statement s = c.createStatement();
                    InputStream in = getClass().getResourceAsStream("/upgrade/main-d7b339f.sql")) {
                s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (SQLException | IOException e) {
                throw new IllegalStateException(e);
            }
            return Map.of("quarkus.datasource.jdbc.url", inSchema, "quarkus.datasource.\"read\".jdbc.url", inSchema);
        }

        @Override
        public void stop() {
        }
    }

    @Test
    void theDuplicateIsWithdrawnWithItsHistoryKept() {
        given().get("/api/v1/projects/" + WithdrawalTest.WITHDRAWN).then().statusCode(200)
                .body("withdrawal.merged_into", equalTo(WithdrawalTest.KEPT))
                .body("withdrawal.withdrawn_at", equalTo("2026-12-01"));
        given().get("/api/v1/projects/" + WithdrawalTest.WITHDRAWN + "/history").then().statusCode(200)
                .body("items.kind.code", equalTo(List.of("registration", "status", "withdrawal")));
        List<String> ids = given().get("/api/v1/projects?limit=1000").then().statusCode(200)
                .body("page.total", equalTo(DatasetFiles.PROJECTS.size()))
                .extract().jsonPath().getList("items.id");
        assertFalse(ids.contains(WithdrawalTest.WITHDRAWN));
        assertEquals(DatasetFiles.projectIds(), new java.util.TreeSet<>(ids));
    }

    @Test
    void theProjectThatStaysIsCorrectedAndAnUntouchedOneGetsNoRelease() {
        var kept = DatasetFiles.project(WithdrawalTest.KEPT);
        given().get("/api/v1/projects/" + WithdrawalTest.KEPT).then().statusCode(200)
                .body("withdrawal", nullValue())
                .body("name.zh", equalTo(kept.get("name").get("zh").asText()))
                .body("description.en", equalTo(kept.get("description").get("en").asText()));
        given().get("/api/v1/projects/" + WithdrawalTest.KEPT + "/history").then().statusCode(200)
                .body("items.kind.code", equalTo(List.of("registration", "status", "correction")))
                .body("items[2].changes.find { it.field == 'name.zh' }.from", equalTo("“盐湖好物”"));
        given().get("/api/v1/projects/yuncheng-wuyue-plaza").then().statusCode(200).body("revision", equalTo(2));
    }

    @Test
    void loadingTheReviewedDatasetAgainChangesNothing() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode batch = json.createObjectNode().put("reason", "the dataset files over the upgraded database");
        DatasetFiles.ALL_PROJECTS.forEach(batch.putArray("projects")::add);
        DatasetFiles.ALL_PLEDGES.forEach(batch.putArray("pledges")::add);
        DatasetFiles.WITHDRAWALS.forEach(batch.putArray("withdrawals")::add);
        TestWrites.writer().body(batch.toString()).post("/api/v1/projects/import").then().statusCode(200)
                .body("projects_created", equalTo(0))
                .body("releases_added", equalTo(0))
                .body("pledges_revised", equalTo(0))
                .body("withdrawn", equalTo(0));
    }
}
