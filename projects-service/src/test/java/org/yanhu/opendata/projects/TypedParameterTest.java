package org.yanhu.opendata.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every typed query parameter: a value that does not convert to its type is a 400 problem that names the
 * parameter and says what it accepts (JAX-RS alone would answer 404), and one out of range is a 400 too.
 */
@QuarkusTest
class TypedParameterTest {

    private static final String PROJECT = "/api/v1/projects/guangran-pv-150mw-phase1/history";

    /** A path, a parameter, a value it refuses, and words the answer must contain. */
    private record Refusal(String path, String parameter, String value, String says) {
    }

    private static final List<Refusal> REFUSALS = List.of(
            new Refusal("/api/v1/projects", "status", "finished",
                    "Allowed values: planned, under_construction, completed, operational, ongoing"),
            new Refusal("/api/v1/projects", "sort", "name", "Allowed values: id, year, -year, -updated"),
            new Refusal("/api/v1/projects", "year", "20x5", "year must be an integer"),
            new Refusal("/api/v1/projects", "year", "1800", "1949"),
            new Refusal("/api/v1/projects", "has_metrics", "maybe", "true or false"),
            new Refusal("/api/v1/projects", "limit", "ten", "limit must be an integer"),
            new Refusal("/api/v1/projects", "limit", "0", "between 1 and 1000"),
            new Refusal("/api/v1/projects", "limit", "5000", "between 1 and 1000"),
            new Refusal("/api/v1/projects", "region", "yanhu", "6-digit GB/T 2260 code"),
            new Refusal("/api/v1/projects", "bom", "yes", "true or false"),
            new Refusal("/api/v1/projects/stats", "by", "colour", "Allowed values: sector_group, sector, status, year"),
            new Refusal("/api/v1/projects/stats", "status", "done", "Allowed values: planned"),
            new Refusal("/api/v1/projects/stats", "year", "next", "year must be an integer"),
            new Refusal("/api/v1/projects/stats", "has_metrics", "2", "true or false"),
            new Refusal(PROJECT, "limit", "many", "limit must be an integer"),
            new Refusal(PROJECT, "limit", "1001", "between 1 and 1000"),
            new Refusal("/api/v1/pledges", "status", "done", "Allowed values: met, exceeded, partly_met, "
                    + "different_scope, in_progress, not_reported"),
            new Refusal("/api/v1/pledges", "year", "next", "year must be an integer"),
            new Refusal("/api/v1/pledges", "year", "2101", "2100"),
            new Refusal("/api/v1/pledges", "livelihood", "sometimes", "true or false"),
            new Refusal("/api/v1/pledges", "limit", "2000", "between 1 and 1000"),
            new Refusal("/api/v1/pledges/scorecard", "year", "20", "1949"),
            new Refusal("/api/v1/pledges/scorecard", "livelihood", "perhaps", "true or false"));

    @Test
    void everyTypedParameterRefusesAValueOfTheWrongFormWithA400NamingIt() {
        for (Refusal refusal : REFUSALS) {
            given().queryParam(refusal.parameter(), refusal.value()).get(refusal.path())
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("errors[0].field", equalTo(refusal.parameter()))
                    .body("detail", containsString(refusal.says()))
                    .body("request_id", notNullValue());
        }
    }

    @Test
    void unknownOpenCodesAreRefusedListingTheKnownOnes() {
        given().get("/api/v1/projects?source=nope").then().statusCode(400)
                .body("type", containsString("unknown-code"))
                .body("errors[0].field", equalTo("source"))
                .body("detail", containsString("004_006121198c1df0a0"));
        given().get("/api/v1/pledges/scorecard?sector=space").then().statusCode(400)
                .body("type", containsString("unknown-code"))
                .body("detail", containsString("energy.solar"));
    }

    @Test
    void blankAndDefaultValuesStillWork() {
        given().get("/api/v1/projects?sort=id&limit=100&cursor=&status=&sector=").then().statusCode(200);
        given().get("/api/v1/projects?has_metrics=1&bom=0").then().statusCode(200);
    }
}
