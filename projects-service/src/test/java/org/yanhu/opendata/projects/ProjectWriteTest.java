package org.yanhu.opendata.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectWriteTest {

    @BeforeEach
    void testDocuments() {
        TestWrites.ensureTestDocuments();
    }

    @Test
    void creatingAProjectRegistersItAndAnswersWithLocationAndEtag() {
        String id = "test-create-road";
        TestWrites.writer().body(TestWrites.project(id, "transport.road", "under_construction", TestWrites.OLD_DOC))
                .post("/api/v1/projects")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/projects/" + id))
                .header("ETag", matchesPattern("\"r2-[0-9a-f]{16}\""))
                .body("id", equalTo(id))
                .body("status.code", equalTo("under_construction"))
                .body("location.town", equalTo("测试镇"))
                .body("metrics[0].value", equalTo(12.5f))
                .body("metrics[0].base_unit", equalTo("km"));
        given().get("/api/v1/projects/" + id + "/history").then().statusCode(200)
                .body("items.kind.code", equalTo(List.of("registration", "status")))
                .body("items.recorded_by", everyItemIs("tests"))
                .body("items[0].reason", equalTo("Written by the test suite"));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    @Test
    void writesWithoutAValidKeyAreUnauthorized() {
        String body = TestWrites.project("test-no-key", "energy.solar", "planned", TestWrites.OLD_DOC);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/projects")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().header("Authorization", "Bearer wrong-key").contentType(ContentType.JSON).body(body)
                .post("/api/v1/projects").then().statusCode(401);
        given().contentType(TestWrites.MERGE_PATCH).body("{\"reason\":\"x\"}")
                .patch("/api/v1/projects/guangran-pv-150mw-phase1").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/v1/projects/guangran-pv-150mw-phase1/releases").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"reason\":\"x\"}")
                .post("/api/v1/projects/import").then().statusCode(401);
        given().get("/api/v1/projects/test-no-key").then().statusCode(404);
    }

    @Test
    void anExistingIdCannotBeCreatedAgain() {
        TestWrites.create("test-create-twice", "energy.grid", "planned", TestWrites.OLD_DOC);
        TestWrites.writer().body(TestWrites.project("test-create-twice", "energy.grid", "planned", TestWrites.OLD_DOC))
                .post("/api/v1/projects")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void invalidFieldsAreListedTogetherAndNothingIsWritten() {
        String body = """
                {"id":"test-invalid","name":{"zh":"测试","en":"Test"},"sector":"energy","year":2024,
                 "releases":[{"source":"no_such_doc","period":"2024","verb":"开工","status":"done","quote":"测试开工"}],
                 "metrics":[{"code":"length","value":99,"unit":"光年","source":"test_doc_2024","quote":"全长12公里"}],
                 "reason":"invalid on purpose"}""";
        TestWrites.writer().body(body).post("/api/v1/projects")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("sector", "releases[0].source", "releases[0].status",
                        "metrics[0].unit", "metrics[0].quote"));
        given().get("/api/v1/projects/test-invalid").then().statusCode(404);
    }

    @Test
    void missingRequiredFieldsAreUnprocessable() {
        TestWrites.writer().body("{\"id\":\"test-empty\"}").post("/api/v1/projects")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("name", "sector", "year", "releases", "reason"));
    }

    @Test
    void nestedInvalidFieldsAreNamedByTheirFullPath() {
        TestWrites.writer().body(TestWrites.project("test-nested-path", "energy.solar", "planned", TestWrites.OLD_DOC)
                        .replace("\"quote\":\"测试项目规划建设\"", "\"quote\":\"\"")
                        .replace("\"code\":\"length\"", "\"code\":\"Length!\""))
                .post("/api/v1/projects")
                .then().statusCode(422)
                .body("errors.field", hasItems("releases[0].quote", "metrics[0].code"));
        String batch = "{\"reason\":\"x\",\"projects\":[" + TestWrites.project("test-nested-a", "energy.solar",
                "planned", TestWrites.OLD_DOC) + "," + TestWrites.project("test-nested-b", "energy.solar", "planned",
                TestWrites.OLD_DOC).replace("\"period\":\"2024\"", "\"period\":\"24\"") + "]}";
        TestWrites.writer().body(batch).post("/api/v1/projects/import")
                .then().statusCode(422)
                .body("errors.field", hasItems("projects[1].releases[0].period"));
        TestWrites.writer().body("{\"source\":\"test_doc_2025\",\"period\":\"2025\",\"status\":\"planned\"}")
                .post("/api/v1/projects/test-nested-a/releases")
                .then().statusCode(422)
                .body("errors.field", hasItems("quote", "reason"));
    }

    @Test
    void aMalformedBodyOrAWrongJsonTypeIsABadRequest() {
        TestWrites.writer().body("{\"id\": \"test-broken\", ").post("/api/v1/projects")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", containsString("malformed-body"));
        TestWrites.writer().body(TestWrites.project("test-types", "energy.solar", "planned", TestWrites.OLD_DOC)
                        .replace("\"year\":2024", "\"year\":\"soon\""))
                .post("/api/v1/projects")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        TestWrites.writer().body("{\"id\":\"test-types\",\"name\":\"not an object\"}").post("/api/v1/projects")
                .then().statusCode(400).contentType("application/problem+json");
        TestWrites.writer().body("[1,2,3]").post("/api/v1/projects")
                .then().statusCode(400).contentType("application/problem+json");
        TestWrites.writer().body(TestWrites.project("test-types", "energy.solar", "planned", TestWrites.OLD_DOC)
                        .replace("\"year\":2024", "\"year\":2024,\"budget\":1"))
                .post("/api/v1/projects")
                .then().statusCode(400).body("detail", containsString("budget"));
        given().get("/api/v1/projects/test-types").then().statusCode(404);
    }

    @Test
    void aReservedIdIsRefused() {
        TestWrites.writer().body(TestWrites.project("stats", "energy.solar", "planned", TestWrites.OLD_DOC))
                .post("/api/v1/projects")
                .then().statusCode(422).body("errors.field", hasItem("id"));
    }

    @Test
    void appendingAStatusReleaseMovesTheStatusAndTheEtag() {
        String id = "test-append-status";
        String before = TestWrites.create(id, "urban.renewal", "planned", TestWrites.OLD_DOC);
        String after = TestWrites.writer().header("If-Match", before).body("""
                {"source":"test_doc_2025","period":"2025","verb":"竣工","quote":"测试项目竣工",
                 "reason":"reported finished"}""")
                .post("/api/v1/projects/" + id + "/releases")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/projects/" + id + "/history"))
                .body("kind.code", equalTo("status"))
                .body("sequence", equalTo(3))
                .body("source.id", equalTo(TestWrites.NEW_DOC))
                .body("source.published_on", equalTo("2025-03-01"))
                .body("recorded_by", equalTo("tests"))
                .body("reason", equalTo("reported finished"))
                .body("current_status", equalTo(true))
                .extract().header("ETag");
        assertNotEquals(before, after);
        given().get("/api/v1/projects/" + id).then().statusCode(200)
                .header("ETag", equalTo(after))
                .body("status.code", equalTo("completed"));
    }

    @Test
    void theSameClaimSentTwiceIsWrittenOnce() {
        String id = "test-same-claim";
        TestWrites.create(id, "culture.public", "planned", TestWrites.OLD_DOC);
        String claim = """
                {"source":"test_doc_2025","period":"2025","verb":"开放","quote":"测试项目开放",
                 "reason":"opened"}""";
        TestWrites.writer().body(claim).post("/api/v1/projects/" + id + "/releases").then().statusCode(201);
        TestWrites.writer().body(claim).post("/api/v1/projects/" + id + "/releases").then().statusCode(200)
                .body("sequence", equalTo(3));
        given().get("/api/v1/projects/" + id + "/history").then().body("page.total", equalTo(3));
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailure() {
        String id = "test-stale-etag";
        String stale = TestWrites.create(id, "education.school", "planned", TestWrites.OLD_DOC);
        String current = TestWrites.writer().header("If-Match", stale).contentType(TestWrites.MERGE_PATCH)
                .body("{\"town\":\"北城\",\"reason\":\"the text names the street\"}")
                .patch("/api/v1/projects/" + id).then().statusCode(200).extract().header("ETag");
        TestWrites.writer().header("If-Match", stale).contentType(TestWrites.MERGE_PATCH)
                .body("{\"year\":2025,\"reason\":\"late\"}")
                .patch("/api/v1/projects/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .header("ETag", equalTo(current))
                .body("type", containsString("precondition-failed"));
        TestWrites.writer().header("If-Match", stale).body("""
                {"source":"test_doc_2025","period":"2025","verb":"建成","quote":"测试学校建成","reason":"x"}""")
                .post("/api/v1/projects/" + id + "/releases")
                .then().statusCode(412).contentType("application/problem+json");
        given().get("/api/v1/projects/" + id).then().body("year", equalTo(2024)).body("status.code", equalTo("planned"));
    }

    @Test
    void aPatchWithoutIfMatchIsPreconditionRequired() {
        TestWrites.create("test-no-if-match", "education.preschool", "planned", TestWrites.OLD_DOC);
        TestWrites.writer().contentType(TestWrites.MERGE_PATCH).body("{\"year\":2025,\"reason\":\"x\"}")
                .patch("/api/v1/projects/test-no-if-match")
                .then().statusCode(428).contentType("application/problem+json");
    }

    @Test
    void aCorrectionIsAReleaseWithWhoAndWhyAndKeepsTheOldValue() {
        String id = "test-correction";
        String etag = TestWrites.create(id, "agriculture.seed", "planned", TestWrites.OLD_DOC);
        TestWrites.writer().header("If-Match", etag).contentType(TestWrites.MERGE_PATCH)
                .body("{\"sector\":\"agriculture.processing\",\"description\":null,\"reason\":\"it is a plant\"}")
                .patch("/api/v1/projects/" + id)
                .then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("sector.code", equalTo("agriculture.processing"))
                .body("description", equalTo(null));
        given().get("/api/v1/projects/" + id + "/history").then().statusCode(200)
                .body("items[2].kind.code", equalTo("correction"))
                .body("items[2].recorded_by", equalTo("tests"))
                .body("items[2].reason", equalTo("it is a plant"))
                .body("items[2].changes.field", equalTo(List.of("description.zh", "description.en", "sector")))
                .body("items[2].changes[2].from", equalTo("agriculture.seed"))
                .body("items[2].changes[2].to", equalTo("agriculture.processing"))
                .body("items[0].changes.field", hasItem("sector"));
    }

    @Test
    void aPatchIsLimitedToCorrectableFieldsAndChecked() {
        String id = "test-patch-checks";
        String etag = TestWrites.create(id, "governance.services", "planned", TestWrites.OLD_DOC);
        TestWrites.writer().header("If-Match", etag).contentType(TestWrites.MERGE_PATCH)
                .body("{\"status\":\"completed\",\"reason\":\"x\"}")
                .patch("/api/v1/projects/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("cannot be corrected"));
        TestWrites.writer().header("If-Match", etag).contentType(TestWrites.MERGE_PATCH)
                .body("{\"name\":null,\"sector\":\"governance\",\"year\":1800}")
                .patch("/api/v1/projects/" + id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("name.zh", "name.en", "sector", "year", "reason"));
        TestWrites.writer().header("If-Match", etag).contentType(TestWrites.MERGE_PATCH)
                .body("{\"year\":\"2025\",\"reason\":\"x\"}")
                .patch("/api/v1/projects/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        TestWrites.writer().header("If-Match", etag).contentType(TestWrites.MERGE_PATCH)
                .body("{\"name\":{\"fr\":\"Projet\"},\"reason\":\"x\"}")
                .patch("/api/v1/projects/" + id)
                .then().statusCode(400);
        TestWrites.writer().header("If-Match", etag).contentType(TestWrites.MERGE_PATCH).body("not json")
                .patch("/api/v1/projects/" + id)
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/projects/" + id).then().header("ETag", equalTo(etag));
    }

    @Test
    void aPatchOfAnUnknownProjectIsNotFound() {
        TestWrites.writer().header("If-Match", "*").contentType(TestWrites.MERGE_PATCH)
                .body("{\"year\":2025,\"reason\":\"x\"}")
                .patch("/api/v1/projects/test-does-not-exist")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anInvalidReleaseLeavesTheProjectAsItWas() {
        String id = "test-invalid-release";
        String etag = TestWrites.create(id, "health.hospital", "planned", TestWrites.OLD_DOC);
        TestWrites.writer().body("""
                {"source":"test_doc_2025","period":"2025","verb":"开业","quote":"测试医院开业",
                 "metrics":[{"code":"beds","value":500,"unit":"张","source":"test_doc_2025","quote":"床位500张"}],
                 "reason":"unknown unit on purpose"}""")
                .post("/api/v1/projects/" + id + "/releases")
                .then().statusCode(422).body("errors.field", hasItem("metrics[0].unit"));
        TestWrites.writer().body("{\"source\":\"test_doc_2025\",\"period\":\"2025\",\"status\":\"operational\","
                        + "\"quote\":\"测试\"}")
                .post("/api/v1/projects/" + id + "/releases")
                .then().statusCode(422).body("errors.field", hasItem("reason"));
        given().get("/api/v1/projects/" + id).then().header("ETag", equalTo(etag))
                .body("status.code", equalTo("planned"));
    }

    @Test
    void anUnsupportedContentTypeIsRefused() {
        TestWrites.writer().contentType("text/plain").body("hello").post("/api/v1/projects")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void writesMoveTheListEtag() {
        String before = given().get("/api/v1/projects?limit=1").then().extract().header("ETag");
        TestWrites.create("test-moves-etag", "commerce.trade", "planned", TestWrites.OLD_DOC);
        given().header("If-None-Match", before).get("/api/v1/projects?limit=1")
                .then().statusCode(200).header("ETag", notNullValue()).header("ETag", not(equalTo(before)));
    }

    @Test
    void createdProjectsAreFoundByTheirFilters() {
        TestWrites.create("test-filters-find", "industry.pharma", "ongoing", TestWrites.NEW_DOC);
        given().get("/api/v1/projects?sector=industry&status=ongoing&town=测试镇&source=" + TestWrites.NEW_DOC
                        + "&has_metrics=true")
                .then().statusCode(200).body("items.id", hasItem("test-filters-find"));
        List<String> ids = given().get("/api/v1/projects?source=" + TestWrites.NEW_DOC + "&limit=1000")
                .then().extract().jsonPath().getList("items.id", String.class);
        assertEquals(0, ids.stream().filter(DatasetFiles.projectIds()::contains).count());
    }
}
