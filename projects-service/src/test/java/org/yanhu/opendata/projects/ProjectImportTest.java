package org.yanhu.opendata.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void testDocuments() {
        TestWrites.ensureTestDocuments();
    }

    private static String batch(String... projects) {
        return "{\"reason\":\"import test\",\"projects\":[" + String.join(",", projects) + "]}";
    }

    @Test
    void importingTheDatasetAgainChangesNothing() {
        ObjectNode batch = JSON.createObjectNode();
        batch.put("reason", "the dataset files, a second time");
        ArrayNode projects = batch.putArray("projects");
        DatasetFiles.ALL_PROJECTS.forEach(projects::add);
        ArrayNode pledges = batch.putArray("pledges");
        DatasetFiles.ALL_PLEDGES.forEach(pledges::add);
        ArrayNode withdrawals = batch.putArray("withdrawals");
        DatasetFiles.WITHDRAWALS.forEach(withdrawals::add);
        TestWrites.writer().body(batch.toString()).post("/api/v1/projects/import")
                .then().statusCode(200)
                .body("projects_received", equalTo(DatasetFiles.ALL_PROJECTS.size()))
                .body("withdrawn", equalTo(0))
                .body("projects_created", equalTo(0))
                .body("projects_changed", equalTo(0))
                .body("releases_added", equalTo(0))
                .body("pledges_received", equalTo(DatasetFiles.ALL_PLEDGES.size()))
                .body("pledges_created", equalTo(0))
                .body("pledges_revised", equalTo(0));
    }

    @Test
    void importingTheSameBatchTwiceWritesItOnce() {
        String body = batch(TestWrites.project("test-import-twice", "transport.logistics", "planned",
                TestWrites.OLD_DOC));
        TestWrites.writer().body(body).post("/api/v1/projects/import")
                .then().statusCode(200)
                .body("projects_created", equalTo(1))
                .body("releases_added", equalTo(2));
        long version = TestWrites.writer().body(body).post("/api/v1/projects/import")
                .then().statusCode(200)
                .body("projects_created", equalTo(0))
                .body("projects_changed", equalTo(0))
                .body("releases_added", equalTo(0))
                .extract().jsonPath().getLong("data_version");
        TestWrites.writer().body(body).post("/api/v1/projects/import")
                .then().statusCode(200).body("data_version", equalTo((int) version));
        given().get("/api/v1/projects/test-import-twice/history").then().body("page.total", equalTo(2));
    }

    @Test
    void aBatchWithOneBadEntryImportsNothing() {
        String good = TestWrites.project("test-import-atomic-good", "energy.heat", "planned", TestWrites.OLD_DOC);
        String bad = TestWrites.project("test-import-atomic-bad", "energy.heat", "exploded", TestWrites.OLD_DOC);
        TestWrites.writer().body(batch(good, bad)).post("/api/v1/projects/import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("projects[1].releases[0].verb"));
        given().get("/api/v1/projects/test-import-atomic-good").then().statusCode(404);
    }

    @Test
    void aBatchNamingAProjectTwiceIsRefused() {
        String entry = TestWrites.project("test-import-duplicate", "energy.heat", "planned", TestWrites.OLD_DOC);
        TestWrites.writer().body(batch(entry, entry)).post("/api/v1/projects/import")
                .then().statusCode(422).body("errors.field", hasItem("projects[1].id"));
    }

    @Test
    void anImportWithoutAReasonIsUnprocessable() {
        TestWrites.writer().body("{\"projects\":[]}").post("/api/v1/projects/import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("reason"));
    }

    @Test
    void aChangedEntryBecomesReleasesAndApiCorrectionsSurviveTheSameFile() {
        String id = "test-import-evolves";
        String first = TestWrites.project(id, "water.irrigation", "planned", TestWrites.OLD_DOC);
        TestWrites.writer().body(batch(first)).post("/api/v1/projects/import").then().statusCode(200);

        // Someone corrects the town through the API.
        String etag = given().get("/api/v1/projects/" + id).then().extract().header("ETag");
        TestWrites.writer().header("If-Match", etag).contentType(TestWrites.MERGE_PATCH)
                .body("{\"town\":\"解州\",\"reason\":\"the text names the town\"}")
                .patch("/api/v1/projects/" + id).then().statusCode(200);

        // The same file again: the correction stays.
        TestWrites.writer().body(batch(first)).post("/api/v1/projects/import").then().statusCode(200)
                .body("projects_changed", equalTo(0));
        given().get("/api/v1/projects/" + id).then().body("location.town", equalTo("解州"));

        // The file changes: a new English name and a newer status claim.
        String second = first.replace("\"en\":\"Test project " + id + "\"", "\"en\":\"Renamed project\"")
                .replace("\"releases\":[", "\"releases\":[{\"source\":\"test_doc_2025\",\"period\":\"2025\","
                        + "\"verb\":\"完工\",\"quote\":\"测试灌溉完工\"},");
        TestWrites.writer().body(batch(second)).post("/api/v1/projects/import").then().statusCode(200)
                .body("projects_changed", equalTo(1))
                .body("releases_added", equalTo(2));
        given().get("/api/v1/projects/" + id).then().statusCode(200)
                .body("name.en", equalTo("Renamed project"))
                .body("location.town", equalTo("解州"))
                .body("status.code", equalTo("completed"));
        given().get("/api/v1/projects/" + id + "/history").then()
                .body("items.kind.code", hasItems("registration", "status", "correction"))
                .body("items.recorded_by", hasItem("tests"));
    }

    @Test
    void pledgesImportOnceAndAChangedPledgeAddsARevision() {
        String pledge = """
                {"id":"2030-p-test-pledge","year":2030,"source":"test_doc_2025","number":null,"livelihood":false,
                 "sector":"social.employment","text":{"zh":"新增就业岗位100个。","en":"Create 100 jobs."},
                 "quote":"新增就业岗位100个","targets":[{"code":"jobs","comparator":"gte","value":100,"unit":"个"}],
                 "projects":["test-pledge-project"],"outcomes":[]}""";
        String project = TestWrites.project("test-pledge-project", "social.employment", "planned", TestWrites.NEW_DOC);
        String body = "{\"reason\":\"pledge test\",\"projects\":[" + project + "],\"pledges\":[" + pledge + "]}";
        TestWrites.writer().body(body).post("/api/v1/projects/import").then().statusCode(200);
        TestWrites.writer().body(body).post("/api/v1/projects/import").then().statusCode(200)
                .body("pledges_created", equalTo(0))
                .body("pledges_revised", equalTo(0));
        given().get("/api/v1/pledges/2030-p-test-pledge").then().statusCode(200)
                .body("status.code", equalTo("in_progress"))
                .body("revision", equalTo(1))
                .body("projects[0].id", equalTo("test-pledge-project"))
                .body("targets[0].value", equalTo(100));
        given().get("/api/v1/projects/test-pledge-project").then()
                .body("pledges.id", hasItem("2030-p-test-pledge"));

        String met = pledge.replace("\"outcomes\":[]", "\"outcomes\":[{\"source\":\"test_doc_2025\","
                + "\"quote\":\"新增就业岗位120个\",\"judgement\":\"exceeded\",\"evidence\":\"stated\",\"note\":{\"zh\":\"超额\",\"en\":\"More\"}}]");
        TestWrites.writer().body("{\"reason\":\"outcome reported\",\"pledges\":[" + met + "]}")
                .post("/api/v1/projects/import").then().statusCode(200)
                .body("pledges_revised", equalTo(1));
        given().get("/api/v1/pledges/2030-p-test-pledge").then().statusCode(200)
                .body("status.code", equalTo("exceeded"))
                .body("revision", equalTo(2))
                .body("outcomes[0].judgement.code", equalTo("exceeded"))
                .body("outcomes[0].source.quote", equalTo("新增就业岗位120个"));
    }

    @Test
    void aPledgeNamingAnUnknownProjectIsRefused() {
        String pledge = """
                {"id":"2030-p-test-orphan","year":2030,"source":"test_doc_2025","number":null,"livelihood":false,
                 "sector":"social.employment","text":{"zh":"测试。","en":"Test."},"quote":"测试",
                 "targets":[],"projects":["test-no-such-project"],"outcomes":[]}""";
        TestWrites.writer().body("{\"reason\":\"x\",\"pledges\":[" + pledge + "]}").post("/api/v1/projects/import")
                .then().statusCode(422).body("errors.field", hasItem("pledges[0].projects[0]"));
        given().get("/api/v1/pledges/2030-p-test-orphan").then().statusCode(404);
    }

    @Test
    void aReferenceRowStatedAsPublishedChangesNothing() {
        TestWrites.writer().body("""
                {"reason":"units again","units":[{"code":"公里","name_zh":"公里","name_en":"kilometres",
                 "base_unit":"km","multiplier":1.0}],"sources":[]}""")
                .post("/api/v1/projects/import")
                .then().statusCode(200)
                .body("reference_rows_written", equalTo(0));
    }

    @Test
    void aRedefinedUnitOrSourceIsRefusedNamingItsCodeAndNothingIsImported() {
        String project = TestWrites.project("test-import-redefines", "energy.heat", "planned", TestWrites.OLD_DOC);
        TestWrites.writer().body("""
                {"reason":"redefines","units":[{"code":"公里","name_zh":"公里","name_en":"kilometres",
                 "base_unit":"km","multiplier":1000}],
                 "sources":[{"id":"test_doc_2024","title":{"zh":"测试文件甲","en":"Another title"},
                 "publisher":{"zh":"测试","en":"Tests"},"published_on":"2024-03-01","reviews":[],"plans":[],
                 "attribution":"Written by the test suite"}],
                 "projects":[%s]}""".formatted(project))
                .post("/api/v1/projects/import")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("conflict"))
                .body("detail", containsString("2 reference rows redefine published codes"))
                .body("errors.field", equalTo(java.util.List.of("units[0]", "sources[0]")))
                .body("errors[0].message", containsString("unit '公里' is already published with multiplier 1, not 1000"))
                .body("errors[1].message", containsString("title.en 'Test document A', not 'Another title'"));
        given().get("/api/v1/projects/test-import-redefines").then().statusCode(404);
        given().get("/api/v1/projects/guangran-pv-150mw-phase1").then()
                .body("metrics[0].unit.multiplier", equalTo(1));
    }

    @Test
    void twoRowsOfABatchThatDisagreeAreRefused() {
        TestWrites.writer().body("""
                {"reason":"disagrees","units":[
                 {"code":"测试单位","name_zh":"测试单位","name_en":"test unit","base_unit":"count","multiplier":1},
                 {"code":"测试单位","name_zh":"测试单位","name_en":"test unit","base_unit":"count","multiplier":2}]}""")
                .post("/api/v1/projects/import")
                .then().statusCode(409).body("errors.field", equalTo(java.util.List.of("units[1]")))
                .body("errors[0].message", containsString("defined twice in the batch"));
    }
}
