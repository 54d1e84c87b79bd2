package org.yanhu.opendata.indicators;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

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
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The start-up loader applied to a database in the OLD shape: schema V1 and the rows main's loader wrote
 * (fixture {@code upgrade/main-22cec04.sql}, in its own schema of the test database). Flyway brings the schema
 * up, the loader applies the reviewed dataset, and the history is kept: GDP 2021-2025 is withdrawn, not
 * deleted, and GDP 2025 is current.
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

    /** Builds the old database before the application starts, and points the datasource at it. */
    public static class OldDatabaseResource implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
            String port = System.getenv().getOrDefault("PGPORT", "5432");
            String db = System.getenv().getOrDefault("INDICATORS_TEST_DB_NAME", "indicators_test");
            String user = System.getenv().getOrDefault("INDICATORS_DB_USER", "indicators");
            String password = System.getenv().getOrDefault("INDICATORS_DB_PASSWORD", "indicators");
            String url = "jdbc:postgresql://" + host + ":" + port + "/" + db;
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + SCHEMA + " cascade");
                s.execute("create schema " + SCHEMA);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            // main's schema: migration V1 only, recorded by Flyway as main's start would have.
            Flyway.configure().dataSource(url, user, password).schemas(SCHEMA).defaultSchema(SCHEMA)
                    .locations("classpath:db/migration").target("1").load().migrate();
            try (Connection c = DriverManager.getConnection(url + "?currentSchema=" + SCHEMA, user, password);
                    Statement s = c.createStatement();
                    InputStream in = getClass().getResourceAsStream("/upgrade/main-22cec04.sql")) {
                s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (SQLException | IOException e) {
                throw new IllegalStateException(e);
            }
            return Map.of("quarkus.datasource.jdbc.url", url + "?currentSchema=" + SCHEMA);
        }

        @Override
        public void stop() {
        }
    }

    @Test
    void theReviewedDatasetIsAppliedWithHistoryKept() {
        given().queryParam("indicator", "GDP").queryParam("versions", "all").get("/api/v1/observations")
                .then().statusCode(200)
                .body("items.size()", equalTo(3))
                .body("items.find { it.period == '2021-2025' }.is_current", equalTo(false))
                .body("items.find { it.period == '2021-2025' }.withdrawal.replaced_by", equalTo("GDP.140802.2025.actual"))
                .body("items.find { it.period == '2025' }.is_current", equalTo(true));
        given().queryParam("indicator", "GDP,RESIDENT_POPULATION,URBANIZATION_RATE,OLD_RESIDENTIAL_COMPOUNDS_RENOVATED")
                .get("/api/v1/observations").then().statusCode(200)
                .body("items.period", everyItem(not(equalTo("2021-2025"))))
                .body("items.find { it.indicator == 'OLD_RESIDENTIAL_COMPOUNDS_RENOVATED' && it.kind.code == 'target' }",
                        equalTo(null));
        given().get("/api/v1/indicators/RESIDENT_POPULATION").then().body("measure.code", equalTo("level"));
        given().get("/api/v1/indicators/AGE_FRIENDLY_HOME_RENOVATIONS").then()
                .body("name.en", containsString("special difficulty"));
        given().queryParam("indicator", "GDP").queryParam("period", "2021-2025").queryParam("value", 400)
                .get("/api/v1/claims/check").then().body("verdict", equalTo("not_published"));
    }
}
