package org.yanhu.opendata.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verdicts with evidence: statuses from the verb table, outcomes stated or inferred, a scorecard that tells them apart. */
@QuarkusTest
class JudgementEvidenceTest {

    @Test
    void aMainStructureDoneIsStillUnderConstructionAndTheReleaseNamesItsVerb() {
        given().get("/api/v1/projects/yanhu-vitality-valley").then().statusCode(200)
                .body("status.code", equalTo("under_construction"))
                .body("timeline[0].verb", equalTo("主体完工"))
                .body("timeline[0].evidence.code", equalTo("stated"));
        given().get("/api/v1/projects/huaidong-road").then().body("status.code", equalTo("planned"))
                .body("timeline[0].verb", equalTo("征迁…完成"));
        given().get("/api/v1/projects/cross-border-ecommerce-park").then()
                .body("status.code", equalTo("under_construction")).body("timeline[0].evidence.code", equalTo("inferred"));
        given().get("/api/v1/projects/incubator-accelerator-full-chain").then()
                .body("status.code", equalTo("under_construction"));
    }

    @Test
    void aPlanStatementIsPlannedUnlessItsVerbPresupposesTheThing() {
        given().get("/api/v1/projects/yanhu-peoples-hospital-new-campus").then()
                .body("status.code", equalTo("planned")).body("timeline[0].verb", equalTo("推进"));
        given().get("/api/v1/projects/hotline-12345").then()
                .body("status.code", equalTo("operational")).body("timeline[0].evidence.code", equalTo("inferred"));
    }

    @Test
    void aReleaseWhoseStatusIsNotTheVerbsIsRefused() {
        TestWrites.ensureTestDocuments();
        String id = "test-verb-mismatch";
        TestWrites.create(id, "urban.renewal", "planned", TestWrites.OLD_DOC);
        TestWrites.writer().body("""
                {"source":"test_doc_2025","period":"2025","verb":"主体完工","status":"completed",
                 "quote":"测试项目主体完工","reason":"typed by hand"}""")
                .post("/api/v1/projects/" + id + "/releases")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("status"))
                .body("errors.message", hasItem(containsString("under_construction")));
        TestWrites.writer().body("""
                {"source":"test_doc_2025","period":"2025","verb":"建成","quote":"测试项目完工","reason":"wrong verb"}""")
                .post("/api/v1/projects/" + id + "/releases")
                .then().statusCode(422).body("errors.field", hasItem("verb"));
    }

    @Test
    void everyOutcomeCarriesItsEvidenceAndAnInferenceIsNeverExceeded() {
        given().get("/api/v1/pledges/2024-lp-02").then().statusCode(200)
                .body("outcomes[0].judgement.code", equalTo("different_scope"))
                .body("outcomes[0].evidence.code", equalTo("inferred"))
                .body("outcomes[0].evidence.label.en", notNullValue())
                .body("status.code", equalTo("different_scope"));
        given().get("/api/v1/pledges/2024-p-social-credit-system").then()
                .body("outcomes[0].evidence.code", equalTo("stated"));
        given().get("/api/v1/pledges/2024-p-specialty-exports").then().statusCode(200)
                .body("outcomes[0].judgement.code", equalTo("partly_met"))
                .body("outcomes[0].source.quote", containsString("红香酥梨成功出口新加坡"));
    }

    @Test
    void theScorecardCountsByVerdictAndByEvidence() {
        JsonPath card = given().queryParam("year", 2024).get("/api/v1/pledges/scorecard").then().statusCode(200)
                .body("items.by_evidence", everyItem(notNullValue())).extract().jsonPath();
        List<Map<String, Object>> rows = card.getList("items");
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            Map<String, Integer> by = (Map<String, Integer>) row.get("by_evidence");
            String status = ((Map<?, ?>) row.get("status")).get("code").toString();
            int pledges = ((Number) row.get("pledges")).intValue();
            if (status.equals("not_reported") || status.equals("in_progress")) {
                org.junit.jupiter.api.Assertions.assertEquals(0, by.get("stated") + by.get("inferred"), status);
            } else {
                org.junit.jupiter.api.Assertions.assertEquals(pledges, by.get("stated") + by.get("inferred"), status);
            }
            if (status.equals("met") || status.equals("exceeded")) {
                org.junit.jupiter.api.Assertions.assertEquals(0, by.get("inferred"), status + " rests on an inference");
            }
        }
    }

    @Test
    void anOutcomeJudgedMetOnAnInferenceIsRefused() {
        TestWrites.ensureTestDocuments();
        String body = """
                {"reason":"met on an inference","pledges":[{"id":"2024-p-test-inferred-met","year":2024,
                 "source":"test_doc_2024","number":null,"livelihood":false,"sector":"urban.renewal",
                 "text":{"zh":"测试承诺","en":"Test pledge"},"quote":"测试承诺","targets":[],"projects":[],
                 "outcomes":[{"source":"test_doc_2025","quote":"测试结果","judgement":"met","evidence":"inferred"}]}]}""";
        TestWrites.writer().body(body).post("/api/v1/projects/import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("pledges[0].outcomes[0].evidence"));
        given().get("/api/v1/pledges/2024-p-test-inferred-met").then().statusCode(404);
    }
}
