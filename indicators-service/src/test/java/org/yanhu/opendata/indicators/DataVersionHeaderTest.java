package org.yanhu.opendata.indicators;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Every answer under /api says the data version it was served under, so that the gateway's cache can drop
 * what it stored under an older one; a read's ETag carries the same version.
 */
@QuarkusTest
class DataVersionHeaderTest {

    @Test
    void aReadAndAnErrorSayTheirDataVersionAndTheReadsETagCarriesIt() {
        Response read = given().when().get("/api/v1/regions");
        read.then().statusCode(200);
        String version = read.header("Data-Version");
        assertTrue(version != null && version.matches("\\d+"), "Data-Version: " + version);
        assertTrue(read.header("ETag").startsWith("W/\"" + version + "-"), read.header("ETag"));

        String onError = given().when().get("/api/v1/indicators/NO_SUCH_INDICATOR").then().statusCode(404)
                .extract().header("Data-Version");
        assertTrue(onError != null && onError.matches("\\d+"), "Data-Version: " + onError);
    }
}
