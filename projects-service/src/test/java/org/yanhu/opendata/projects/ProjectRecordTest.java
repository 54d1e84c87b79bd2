package org.yanhu.opendata.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectRecordTest {

    @Test
    void aRepeatedReadIsAnsweredWithTheSameBytesAndHeaders() {
        // The second read is answered from the stored answer, before Quarkus REST (api-conventions' ResponseBytes).
        String path = "/api/v1/projects/" + given().get("/api/v1/projects?limit=1").then().extract()
                .path("items[0].id");
        io.restassured.response.Response first = given().get(path);
        double hits = routeHits();
        io.restassured.response.Response second = given().get(path);
        assertEquals(hits + 1, routeHits(), "the repeat was answered from the stored answer");
        first.then().statusCode(200).contentType("application/json");
        second.then().statusCode(200).contentType("application/json");
        assertEquals(first.asString(), second.asString());
        assertEquals(headersBut(first), headersBut(second));
    }

    private static double routeHits() {
        Matcher m = Pattern.compile("^api_response_bytes_total\\{(?=[^}]*answered_by=\"route\")[^}]*} (\\S+)$",
                Pattern.MULTILINE).matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static List<String> headersBut(io.restassured.response.Response response) {
        return response.headers().asList().stream()
                .filter(h -> !h.getName().equalsIgnoreCase("X-Request-Id") && !h.getName().equalsIgnoreCase("Date"))
                .map(h -> h.getName().toLowerCase(java.util.Locale.ROOT) + ": " + h.getValue()).sorted().toList();
    }

    private static final String GUANGRAN = "guangran-pv-150mw-phase1";

    @Test
    void aProjectRecordHasNamesSectorStatusMetricsLocationAndTimeline() {
        given().get("/api/v1/projects/" + GUANGRAN)
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", matchesPattern("\"r\\d+-[0-9a-f]{16}\""))
                .body("id", equalTo(GUANGRAN))
                .body("name.zh", equalTo("广燃150兆瓦光伏电站一期"))
                .body("name.en", notNullValue())
                .body("sector.code", equalTo("energy.solar"))
                .body("sector.label.en", equalTo("Solar power"))
                .body("sector.oc4ids", equalTo("energy.solar"))
                .body("status.code", equalTo("operational"))
                .body("status.label.zh", notNullValue())
                .body("status.oc4ids", equalTo("maintenance"))
                .body("status_date", equalTo("2025-12-29"))
                .body("location.region.code", equalTo("140802"))
                .body("metrics[0].code", equalTo("capacity"))
                .body("metrics[0].value", equalTo(150))
                .body("metrics[0].unit.code", equalTo("兆瓦"))
                .body("metrics[0].base_unit", equalTo("MW"))
                .body("metrics[0].source.id", equalTo("004_006121198c1df0a0"))
                .body("metrics[0].source.published_on", equalTo("2025-12-29"))
                .body("metrics[0].source.quote", containsString("150"))
                .body("timeline[0].source.title.zh", notNullValue())
                .body("timeline[0].source.quote", containsString("广燃150兆瓦光伏电站一期"))
                .body("history", equalTo("/api/v1/projects/" + GUANGRAN + "/history"));
    }

    @Test
    void metricsAreGivenAsPublishedAndInBaseUnits() {
        JsonNode withScaledUnit = DatasetFiles.PROJECTS.stream()
                .filter(p -> p.get("metrics").findValuesAsText("unit").stream().anyMatch(u -> u.startsWith("万")))
                .findFirst().orElseThrow();
        JsonPath record = given().get("/api/v1/projects/" + withScaledUnit.get("id").asText())
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> metrics = record.getList("metrics");
        Map<String, Object> scaled = metrics.stream()
                .filter(m -> ((Map<?, ?>) m.get("unit")).get("code").toString().startsWith("万")).findFirst()
                .orElseThrow();
        java.math.BigDecimal value = new java.math.BigDecimal(scaled.get("value").toString());
        java.math.BigDecimal base = new java.math.BigDecimal(scaled.get("base_value").toString());
        assertEquals(0, value.multiply(java.math.BigDecimal.valueOf(10000)).compareTo(base), scaled.toString());
    }

    @Test
    void aProjectNamedInBothReportsHasTwoStatusesAndTheNewerIsCurrent() {
        JsonNode both = DatasetFiles.PROJECTS.stream().filter(p -> p.get("releases").size() == 2).findFirst()
                .orElseThrow();
        String id = both.get("id").asText();
        given().get("/api/v1/projects/" + id)
                .then().statusCode(200)
                .body("timeline.size()", equalTo(2))
                .body("timeline[0].date", equalTo("2024-02-23"))
                .body("timeline[1].date", equalTo("2025-12-29"))
                .body("status.code", equalTo(DatasetFiles.currentStatus(both)))
                .body("status_date", equalTo("2025-12-29"));
    }

    @Test
    void aProjectLinkedFromAPledgeListsThePledge() {
        given().get("/api/v1/projects/old-age-allowance")
                .then().statusCode(200)
                .body("pledges.id", hasItem("2024-lp-01"))
                .body("pledges[0].status.code", notNullValue())
                .body("pledges[0].link", containsString("/api/v1/pledges/"));
    }

    @Test
    void theStrongEtagGivesNotModified() {
        String etag = given().get("/api/v1/projects/" + GUANGRAN).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/projects/" + GUANGRAN)
                .then().statusCode(304).header("ETag", equalTo(etag)).body(equalTo(""));
        given().header("If-None-Match", "\"r1-0000000000000000\"").get("/api/v1/projects/" + GUANGRAN)
                .then().statusCode(200);
        // If-None-Match compares weakly: the weak form of the tag matches too.
        given().header("If-None-Match", "W/" + etag).get("/api/v1/projects/" + GUANGRAN)
                .then().statusCode(304).header("ETag", equalTo(etag));
        given().header("If-None-Match", "\"other\", " + etag).get("/api/v1/projects/" + GUANGRAN)
                .then().statusCode(304);
    }

    @Test
    void anUnknownProjectIsNotFound() {
        given().get("/api/v1/projects/no-such-project")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("no-such-project"));
        given().get("/api/v1/projects/no-such-project/history").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void historyListsRegistrationThenStatusClaimsWithSourcesAndAuthors() {
        JsonNode project = DatasetFiles.project(GUANGRAN);
        given().get("/api/v1/projects/" + GUANGRAN + "/history")
                .then().statusCode(200)
                .body("items.size()", equalTo(1 + project.get("releases").size()))
                .body("page.total", equalTo(1 + project.get("releases").size()))
                .body("items[0].kind.code", equalTo("registration"))
                .body("items[0].sequence", equalTo(1))
                .body("items[0].changes.field", hasItem("name.zh"))
                .body("items[0].metrics[0].code", equalTo("capacity"))
                .body("items[0].recorded_by", equalTo("dataset"))
                .body("items[1].kind.code", equalTo("status"))
                .body("items[1].source.id", equalTo("004_006121198c1df0a0"))
                .body("items[1].source.published_on", equalTo("2025-12-29"))
                .body("items[1].source.quote", equalTo(project.get("releases").get(0).get("quote").asText()))
                .body("items[1].current_status", equalTo(true))
                .body("items[1].recorded_at", notNullValue());
    }

    @Test
    void historyIsInDateOrderAndTheSequenceBreaksTies() {
        TestWrites.ensureTestDocuments();
        String id = "test-history-order";
        TestWrites.create(id, "transport.road", "planned", TestWrites.NEW_DOC);
        // Same date as the registration and first claim (the new document): ordered by sequence.
        TestWrites.writer().body("""
                {"source":"test_doc_2025","period":"2025","verb":"施工","quote":"测试项目施工",
                 "reason":"second claim of the same day"}""")
                .post("/api/v1/projects/" + id + "/releases").then().statusCode(201);
        // An older document, recorded later: it sorts before both by date.
        TestWrites.writer().body("""
                {"source":"test_doc_2024","period":"2024","verb":"谋划","quote":"测试项目谋划",
                 "reason":"an older report found later"}""")
                .post("/api/v1/projects/" + id + "/releases").then().statusCode(201);
        JsonPath history = given().get("/api/v1/projects/" + id + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("2024-03-01", "2025-03-01", "2025-03-01", "2025-03-01"),
                history.getList("items.date", String.class));
        assertEquals(List.of(4, 1, 2, 3), history.getList("items.sequence", Integer.class));
        assertEquals(List.of(false, false, false, true), history.getList("items.current_status", Boolean.class));
        // Page by page, the keyset (date, sequence) gives the same order.
        List<Integer> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().queryParam("limit", 1).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/projects/" + id + "/history").then().statusCode(200)
                    .body("page.total", equalTo(4)).extract().jsonPath();
            paged.addAll(page.getList("items.sequence", Integer.class));
            cursor = page.getString("page.next");
        } while (cursor != null);
        assertEquals(List.of(4, 1, 2, 3), paged);
    }

    @Test
    void aHistoryCursorTheApiDidNotIssueIsABadRequest() {
        for (String cursor : List.of("not-a-cursor", "WyIyIl0")) {
            given().queryParam("cursor", cursor).get("/api/v1/projects/" + GUANGRAN + "/history")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("cursor"));
        }
    }

    @Test
    void theCurrentRecordIsCompiledFromTheReleases() {
        TestWrites.ensureTestDocuments();
        String id = "test-compiled-record";
        TestWrites.create(id, "water.supply", "planned", TestWrites.OLD_DOC);
        // A newer claim moves the status on.
        TestWrites.writer().body("""
                {"source":"test_doc_2025","period":"2025","verb":"建成","quote":"测试项目建成",
                 "metrics":[{"code":"households","value":300,"unit":"户","source":"test_doc_2025",
                 "quote":"惠及300户"}],"reason":"reported complete"}""")
                .post("/api/v1/projects/" + id + "/releases").then().statusCode(201);
        // An older claim recorded afterwards does not move it back.
        TestWrites.writer().body("""
                {"source":"test_doc_2024","period":"2024","verb":"在建","quote":"测试项目在建",
                 "reason":"older claim"}""")
                .post("/api/v1/projects/" + id + "/releases").then().statusCode(201);
        // A correction changes a field; the other fields keep their registered values.
        String etag = given().get("/api/v1/projects/" + id).then().extract().header("ETag");
        TestWrites.writer().header("If-Match", etag).contentType(TestWrites.MERGE_PATCH)
                .body("{\"name\":{\"en\":\"Corrected name\"},\"reason\":\"typo\"}")
                .patch("/api/v1/projects/" + id).then().statusCode(200);

        given().get("/api/v1/projects/" + id)
                .then().statusCode(200)
                .body("status.code", equalTo("completed"))
                .body("status_date", equalTo("2025-03-01"))
                .body("name.en", equalTo("Corrected name"))
                .body("name.zh", equalTo("测试项目" + id))
                .body("sector.code", equalTo("water.supply"))
                .body("revision", equalTo(5))
                .body("metrics.code", hasItem("households"))
                .body("metrics.size()", equalTo(2))
                .body("timeline.status.code", equalTo(List.of("planned", "under_construction", "completed")));
        given().get("/api/v1/projects?status=completed&q=" + id).then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
    }

    @Test
    void historyPagesFollowTheSameOrder() {
        TestWrites.ensureTestDocuments();
        String id = "test-history-pages";
        TestWrites.create(id, "health.primary", "planned", TestWrites.OLD_DOC);
        TestWrites.writer().body("""
                {"source":"test_doc_2025","period":"2025","verb":"运营","quote":"测试项目运营",
                 "reason":"in use"}""").post("/api/v1/projects/" + id + "/releases").then().statusCode(201);
        List<Integer> sequences = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().queryParam("limit", 1).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/projects/" + id + "/history").then().statusCode(200).extract().jsonPath();
            sequences.addAll(page.getList("items.sequence", Integer.class));
            cursor = page.getString("page.next");
        } while (cursor != null);
        assertEquals(List.of(1, 2, 3), sequences);
    }

    @Test
    void historyIsAlsoCsv() {
        String csv = given().get("/api/v1/projects/" + GUANGRAN + "/history?format=csv")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r?\n");
        assertTrue(lines[0].startsWith("id,sequence,kind.code"), lines[0]);
        assertTrue(lines[0].contains("source.quote") && lines[0].contains("recorded_by"));
        int columns = lines[0].split(",").length;
        assertTrue(lines[1].startsWith(GUANGRAN + ".r1,1,registration"), lines[1]);
        assertTrue(lines[2].contains("004_006121198c1df0a0"), lines[2]);
        assertTrue(lines[1].contains("\"\"value\"\":150,"), "numbers in JSON cells are plain: " + lines[1]);
        assertTrue(!csv.contains("E+"), "no exponent anywhere");
        assertTrue(columns > 10);
    }

    @Test
    void aDetailIsOnlyJson() {
        given().header("Accept", "text/csv").get("/api/v1/projects/" + GUANGRAN)
                .then().statusCode(406).contentType("application/problem+json");
    }
}
