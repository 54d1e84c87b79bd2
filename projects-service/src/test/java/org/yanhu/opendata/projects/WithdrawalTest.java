package org.yanhu.opendata.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Corrections keep history for projects and pledges (issue 11, §4 "No fact twice" and §5): “盐湖好物”亮相“东方甄选山西行”
 * 直播活动 was two projects. One stays; the other is withdrawn, not deleted: it answers by id with the reason and its
 * history, and is out of lists, stats, search and the projects of pledges. Withdrawing again changes nothing.
 */
@QuarkusTest
class WithdrawalTest {

    static final String KEPT = "yanhu-haowu-products";
    static final String WITHDRAWN = "east-buy-shanxi-livestream";

    @BeforeEach
    void testDocuments() {
        TestWrites.ensureTestDocuments();
    }

    private static List<String> listedIds(String query) {
        return given().get("/api/v1/projects?limit=1000" + query).then().statusCode(200)
                .body("page.next", nullValue()).extract().jsonPath().getList("items.id");
    }

    @Test
    void theWithdrawnDuplicateIsOutOfListsSearchAndStats() {
        List<String> all = listedIds("");
        assertTrue(all.contains(KEPT));
        assertFalse(all.contains(WITHDRAWN));
        assertEquals(List.of(KEPT), listedIds("&q=东方甄选"));
        assertEquals(List.of(), listedIds("&q=east-buy-shanxi"));
        assertFalse(listedIds("&sector=commerce&year=2023").contains(WITHDRAWN));

        String source = "000_1861cacfb8655aea";
        long ecommerce = DatasetFiles.PROJECTS.stream().filter(p -> DatasetFiles.hasRelease(p, source))
                .filter(p -> p.get("sector").asText().equals("commerce.ecommerce")).count();
        given().get("/api/v1/projects/stats?by=sector&source=" + source).then().statusCode(200)
                .body("items.find { it.code == 'commerce.ecommerce' }.count", equalTo((int) ecommerce));
        int total = given().get("/api/v1/projects?limit=1&source=" + source).then().extract().path("page.total");
        assertEquals(DatasetFiles.PROJECTS.stream().filter(p -> DatasetFiles.hasRelease(p, source)).count(), total);
    }

    @Test
    void theWithdrawnProjectStillAnswersByIdWithTheReason() {
        given().get("/api/v1/projects/" + WITHDRAWN).then().statusCode(200)
                .body("id", equalTo(WITHDRAWN))
                .body("withdrawal.withdrawn_at", equalTo("2026-12-01"))
                .body("withdrawal.reason.zh", containsString(KEPT))
                .body("withdrawal.reason.en", containsString("one fact is one project"))
                .body("withdrawal.merged_into", equalTo(KEPT))
                .body("withdrawal.replaced_by", nullValue())
                .body("timeline.size()", equalTo(1));
        given().get("/api/v1/projects/" + KEPT).then().statusCode(200)
                .body("withdrawal", nullValue())
                .body("name.zh", equalTo("“盐湖好物”亮相“东方甄选山西行”直播活动"))
                .body("name.en", containsString("presented at the East Buy Shanxi"));
    }

    @Test
    void itsHistoryShowsTheWithdrawalReleaseWithItsReason() {
        given().get("/api/v1/projects/" + WITHDRAWN + "/history").then().statusCode(200)
                .body("items.kind.code", equalTo(List.of("registration", "status", "withdrawal")))
                .body("items[2].kind.label.en", equalTo("withdrawal"))
                .body("items[2].date", equalTo("2026-12-01"))
                .body("items[2].reason", containsString("one fact is one project"))
                .body("items[2].recorded_by", equalTo("dataset"))
                .body("items[2].changes.field", hasItems("withdrawal.withdrawn_at", "withdrawal.reason.zh",
                        "withdrawal.reason.en", "withdrawal.merged_into"))
                .body("items[2].changes.find { it.field == 'withdrawal.merged_into' }.to", equalTo(KEPT))
                .body("items[1].current_status", equalTo(true));
    }

    @Test
    void withdrawingAgainChangesNothing() {
        int revision = given().get("/api/v1/projects/" + WITHDRAWN).then().extract().path("revision");
        long version = Long.parseLong(given().get("/api/v1/projects/" + WITHDRAWN).then().extract()
                .header("Data-Version"));
        String body = """
                {"reason":"the same withdrawal again","withdrawals":[{"project":"%s","withdrawn_on":"2026-12-01",
                 "reason":{"zh":"重复。","en":"Again."},"merged_into":"%s"}]}""".formatted(WITHDRAWN, KEPT);
        TestWrites.writer().body(body).post("/api/v1/projects/import").then().statusCode(200)
                .body("withdrawn", equalTo(0))
                .body("releases_added", equalTo(0))
                .body("data_version", equalTo((int) version));
        given().get("/api/v1/projects/" + WITHDRAWN).then()
                .body("revision", equalTo(revision))
                .body("withdrawal.reason.en", not(equalTo("Again.")));
    }

    @Test
    void aWithdrawnProjectTakesNoMoreWritesAndTheRefusalNamesWhereTheyBelong() {
        int revision = given().get("/api/v1/projects/" + WITHDRAWN).then().statusCode(200).extract().path("revision");
        TestWrites.writer().header("If-Match", "*").body("""
                {"source":"000_1861cacfb8655aea","period":"2023","verb":"亮相",
                 "quote":"“盐湖好物”亮相“东方甄选山西行”直播活动","reason":"a status for a withdrawn project"}""")
                .post("/api/v1/projects/" + WITHDRAWN + "/releases").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("withdrawn")).body("detail", containsString("yanhu-haowu-products"));
        TestWrites.writer().header("If-Match", "*").contentType(TestWrites.MERGE_PATCH)
                .body("{\"town\":\"解州\",\"reason\":\"a correction of a withdrawn project\"}")
                .patch("/api/v1/projects/" + WITHDRAWN).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("withdrawn"));
        given().get("/api/v1/projects/" + WITHDRAWN).then().body("revision", equalTo(revision));
    }

    @Test
    void withdrawingAnUnknownProjectIsA422NamingItAndWritesNothing() {
        String body = """
                {"reason":"a withdrawal of nothing","projects":[%s],
                 "withdrawals":[{"project":"test-no-such-project","withdrawn_on":"2026-12-01",
                 "reason":{"zh":"无此项目。","en":"No such project."}},
                 {"project":"test-withdraw-unwritten","pledge":"2030-p-nothing","withdrawn_on":"2026-12-01",
                 "reason":{"zh":"两者。","en":"Both."}},
                 {"project":"test-withdraw-unwritten","withdrawn_on":"2026-12-01",
                 "reason":{"zh":"合并到不存在的项目。","en":"Merged into nothing."},"merged_into":"test-nowhere"}]}"""
                .formatted(TestWrites.project("test-withdraw-unwritten", "transport.road", "planned",
                        TestWrites.OLD_DOC));
        TestWrites.writer().body(body).post("/api/v1/projects/import").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("withdrawals[0].project", "withdrawals[1].project",
                        "withdrawals[2].merged_into"))
                .body("errors.find { it.field == 'withdrawals[0].project' }.message",
                        containsString("unknown project 'test-no-such-project'"))
                .body("errors.find { it.field == 'withdrawals[2].merged_into' }.message",
                        containsString("test-nowhere"));
        given().get("/api/v1/projects/test-withdraw-unwritten").then().statusCode(404);
        TestWrites.writer().body("""
                {"reason":"an unknown pledge","withdrawals":[{"pledge":"2030-p-no-such-pledge",
                 "withdrawn_on":"2026-12-01","reason":{"zh":"无此承诺。","en":"No such pledge."}}]}""")
                .post("/api/v1/projects/import").then().statusCode(422)
                .body("errors[0].field", equalTo("withdrawals[0].pledge"))
                .body("errors[0].message", containsString("2030-p-no-such-pledge"));
    }

    @Test
    void aWithdrawnProjectLeavesThePledgesThatNameIt() {
        String pledge = """
                {"id":"2030-p-test-withdrawn-links","year":2030,"source":"test_doc_2025","number":null,
                 "livelihood":false,"sector":"transport.road","text":{"zh":"建设两条测试道路。","en":"Build two test roads."},
                 "quote":"建设两条测试道路","targets":[],"projects":["test-withdraw-old","test-withdraw-new"],"outcomes":[]}""";
        String body = "{\"reason\":\"links\",\"projects\":[" + TestWrites.project("test-withdraw-old", "transport.road",
                "planned", TestWrites.NEW_DOC) + "," + TestWrites.project("test-withdraw-new", "transport.road",
                "planned", TestWrites.NEW_DOC) + "],\"pledges\":[" + pledge + "]}";
        TestWrites.writer().body(body).post("/api/v1/projects/import").then().statusCode(200);
        given().get("/api/v1/pledges/2030-p-test-withdrawn-links").then()
                .body("projects.id", equalTo(List.of("test-withdraw-new", "test-withdraw-old")));

        TestWrites.writer().body("""
                {"reason":"a wrong project","withdrawals":[{"project":"test-withdraw-old","withdrawn_on":"2026-12-01",
                 "reason":{"zh":"测试：被新项目取代。","en":"Test: replaced by the new project."},
                 "replaced_by":"test-withdraw-new"}]}""")
                .post("/api/v1/projects/import").then().statusCode(200).body("withdrawn", equalTo(1));
        given().get("/api/v1/pledges/2030-p-test-withdrawn-links").then()
                .body("projects.id", equalTo(List.of("test-withdraw-new")));
        given().get("/api/v1/projects/test-withdraw-old").then().statusCode(200)
                .body("withdrawal.replaced_by", equalTo("test-withdraw-new"))
                .body("pledges.id", hasItem("2030-p-test-withdrawn-links"));
        assertFalse(listedIds("&q=test-withdraw").contains("test-withdraw-old"));
        assertTrue(listedIds("&q=test-withdraw").contains("test-withdraw-new"));

        // The project's entry imported again (as the loader does with projects.yaml) leaves it withdrawn.
        TestWrites.writer().body(body).post("/api/v1/projects/import").then().statusCode(200)
                .body("releases_added", equalTo(0)).body("pledges_revised", equalTo(0));
        given().get("/api/v1/projects/test-withdraw-old").then().body("withdrawal.withdrawn_at", equalTo("2026-12-01"));
    }

    @Test
    void aPledgeIsWithdrawnByARevisionAndLeavesListsAndTheScorecard() {
        String pledge = """
                {"id":"2030-p-test-withdrawn","year":2030,"source":"test_doc_2025","number":null,"livelihood":false,
                 "sector":"social.employment","text":{"zh":"测试承诺。","en":"A test pledge."},"quote":"测试承诺",
                 "targets":[],"projects":[],"outcomes":[]}""";
        TestWrites.writer().body("{\"reason\":\"a pledge\",\"pledges\":[" + pledge + "]}")
                .post("/api/v1/projects/import").then().statusCode(200);
        assertTrue(pledgeIds("year=2030").contains("2030-p-test-withdrawn"));
        long before = inProgress2030();

        String withdrawal = """
                {"pledge":"2030-p-test-withdrawn","withdrawn_on":"2026-12-01",
                 "reason":{"zh":"测试：重复的承诺。","en":"Test: a duplicated pledge."}}""";
        String both = "{\"reason\":\"withdraw a pledge\",\"pledges\":[" + pledge + "],\"withdrawals\":[" + withdrawal
                + "]}";
        TestWrites.writer().body(both).post("/api/v1/projects/import").then().statusCode(200)
                .body("withdrawn", equalTo(1)).body("pledges_revised", equalTo(0));
        assertFalse(pledgeIds("year=2030").contains("2030-p-test-withdrawn"));
        assertFalse(pledgeIds("q=测试承诺").contains("2030-p-test-withdrawn"));
        assertEquals(before - 1, inProgress2030());
        given().get("/api/v1/pledges/2030-p-test-withdrawn").then().statusCode(200)
                .body("revision", equalTo(2))
                .body("withdrawal.reason.en", equalTo("Test: a duplicated pledge."))
                .body("withdrawal.withdrawn_at", equalTo("2026-12-01"));

        TestWrites.writer().body(both).post("/api/v1/projects/import").then().statusCode(200)
                .body("withdrawn", equalTo(0)).body("pledges_revised", equalTo(0));
        given().get("/api/v1/pledges/2030-p-test-withdrawn").then().body("revision", equalTo(2));
    }

    private static List<String> pledgeIds(String query) {
        return given().get("/api/v1/pledges?limit=1000&" + query).then().statusCode(200).extract().jsonPath()
                .getList("items.id");
    }

    private static long inProgress2030() {
        List<Map<String, Object>> rows = given().get("/api/v1/pledges/scorecard?year=2030").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return rows.stream().filter(r -> "in_progress".equals(((Map<?, ?>) r.get("status")).get("code")))
                .mapToLong(r -> ((Number) r.get("pledges")).longValue()).sum();
    }
}
