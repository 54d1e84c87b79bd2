package org.yanhu.opendata.projects;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * What write tests share. They write only projects with ids starting "test-", cite only the two
 * test documents below (which review no period, so no pledge status moves), and never touch the
 * seeded dataset, so read tests can rely on it.
 */
final class TestWrites {

    static final String KEY = "test-key";
    static final String OLD_DOC = "test_doc_2024";
    static final String NEW_DOC = "test_doc_2025";
    /** With its charset: RestAssured would otherwise encode an unfamiliar JSON type as ISO-8859-1. */
    static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    private static final String SOURCES = """
            {"reason":"Test documents","sources":[
            {"id":"test_doc_2024","title":{"zh":"测试文件甲","en":"Test document A"},
             "publisher":{"zh":"测试","en":"Tests"},"published_on":"2024-03-01","reviews":[],"plans":[],
             "attribution":"Written by the test suite"},
            {"id":"test_doc_2025","title":{"zh":"测试文件乙","en":"Test document B"},
             "publisher":{"zh":"测试","en":"Tests"},"published_on":"2025-03-01","reviews":[],"plans":[],
             "attribution":"Written by the test suite"}]}""";

    private TestWrites() {
    }

    static RequestSpecification writer() {
        return given().header("Authorization", "Bearer " + KEY).contentType(ContentType.JSON);
    }

    /** Imports the test documents; importing them again changes nothing. */
    static void ensureTestDocuments() {
        writer().body(SOURCES).post("/api/v1/projects/import").then().statusCode(200);
    }

    /** A project entry citing the test documents, in the dataset shape. */
    static String project(String id, String sector, String status, String source) {
        return """
                {"id":"%s","name":{"zh":"测试项目%s","en":"Test project %s"},
                 "description":{"zh":"测试用的项目。","en":"A project the tests write."},
                 "sector":"%s","town":"测试镇","year":2024,
                 "releases":[{"source":"%s","period":"2024","verb":"%s","quote":"测试项目%s"}],
                 "metrics":[{"code":"length","value":12.5,"unit":"公里","source":"%s","quote":"全长12.5公里"}],
                 "reason":"Written by the test suite"}""".formatted(id, id, id, sector, source, verbOf(status),
                        verbOf(status), source);
    }

    /** A verb of status-verbs.csv that gives the status (the test documents plan nothing); unknown ones pass through. */
    static String verbOf(String status) {
        return switch (status) {
            case "planned" -> "规划建设";
            case "under_construction" -> "开工";
            case "ongoing" -> "深化";
            case "completed" -> "竣工";
            case "operational" -> "开放";
            default -> status;
        };
    }

    static String create(String id, String sector, String status, String source) {
        return writer().body(project(id, sector, status, source)).post("/api/v1/projects")
                .then().statusCode(201).extract().header("ETag");
    }
}
