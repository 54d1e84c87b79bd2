package org.yanhu.opendata.projects.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The two database roles of the read/write split: readiness checks both datasources, and a read that the
 * read-only role is not granted is a 503 problem (a fault of the deployment, which the caller cannot fix),
 * never a 500.
 */
@QuarkusTest
class DatabaseRolesTest {

    /** The owner's datasource: it may take the reader's grant away and give it back. */
    @Inject
    AgroalDataSource primary;

    @ConfigProperty(name = "quarkus.datasource.\"read\".username")
    String reader;

    @Test
    void readinessChecksTheReadDatasourceAsWellAsThePrimary() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.data.'<default>'",
                        equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.data.read", equalTo("UP"));
    }

    @Test
    void aReadTheReaderRoleIsNotGrantedIsA503ProblemNotA500() throws SQLException {
        grant(false);
        try {
            // A limit no other test asks for, so that no cached page answers it.
            given().header("X-Request-Id", "no-grant").get("/api/v1/projects?limit=977&sector=energy")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("2"))
                    .body("status", equalTo(503))
                    .body("request_id", equalTo("no-grant"))
                    .body("detail", not(containsString("permission")))
                    .body("detail", not(containsString(reader)));
        } finally {
            grant(true);
        }
        given().get("/api/v1/projects?limit=977&sector=energy").then().statusCode(200);
    }

    private void grant(boolean granted) throws SQLException {
        try (Connection connection = primary.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute((granted ? "grant select on project to " : "revoke select on project from ")
                    + "\"" + reader + "\"");
        }
    }
}
