package org.yanhu.opendata.indicators.curation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.yanhu.opendata.indicators.curation.Curation.KEY;
import static org.yanhu.opendata.indicators.curation.Curation.post;
import static org.yanhu.opendata.indicators.curation.Curation.postSource;
import static org.yanhu.opendata.indicators.curation.Curation.source;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/v1/sources and GET /api/v1/sources/{id}/text: a report's whole text, stored once. */
@QuarkusTest
class SourceTextTest {

    static final String TEXT = "回眸2024\n全区测试产值突破12亿元，新建停车位300个。\n";

    @BeforeEach
    void reference() {
        Curation.referenceRows();
    }

    @Test
    void aNewSourceIsStoredWithItsTextAnd201WithLocation() {
        postSource(source("test-src-new", TEXT)).statusCode(201)
                .header("Location", equalTo("/api/v1/sources/test-src-new"))
                .body("id", equalTo("test-src-new"))
                .body("title.zh", equalTo("测试报告 test-src-new"))
                .body("published_on", equalTo("2025-02-20"))
                .body("region.code", equalTo("149999"));
        given().get("/api/v1/sources/test-src-new").then().statusCode(200).body("id", equalTo("test-src-new"));
    }

    @Test
    void theTextIsServedAsPlainUtf8AsStored() {
        postSource(source("test-src-text", TEXT)).statusCode(201);
        byte[] body = given().get("/api/v1/sources/test-src-text/text").then().statusCode(200)
                .contentType("text/plain; charset=utf-8")
                .header("ETag", notNullValue())
                .extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertEquals(TEXT, new String(body, StandardCharsets.UTF_8));
    }

    @Test
    void theSameTextAgainChangesNothingAndIs200() {
        postSource(source("test-src-again", TEXT)).statusCode(201);
        postSource(source("test-src-again", TEXT)).statusCode(200).body("id", equalTo("test-src-again"));
    }

    @Test
    void anExistingIdWithADifferentTextIsA409() {
        postSource(source("test-src-conflict", TEXT)).statusCode(201);
        postSource(source("test-src-conflict", TEXT + "另有一句。")).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("different text"))
                .body("errors.field", hasItem("text"));
        given().get("/api/v1/sources/test-src-conflict/text").then().statusCode(200).body(equalTo(TEXT));
    }

    @Test
    void anExistingSourceWithoutATextGetsItAttachedOnlyWithItsPublishedMetadata() {
        Map<String, Object> withoutText = Map.of("sources", java.util.List.of(Map.ofEntries(
                Map.entry("id", "test-src-attach"), Map.entry("title_zh", "测试文件"), Map.entry("title_en", "Test document"),
                Map.entry("publisher_zh", "测试"), Map.entry("publisher_en", "Test"), Map.entry("event_zh", "测试会议"),
                Map.entry("event_en", "Test session"), Map.entry("published_on", "2025-02-20"), Map.entry("covers", "test"),
                Map.entry("attribution", "Test data"), Map.entry("region_code", "149999"))), "observations", java.util.List.of());
        post("/api/v1/observations/import", withoutText).statusCode(200);
        given().get("/api/v1/sources/test-src-attach/text").then().statusCode(404)
                .contentType("application/problem+json");

        Map<String, Object> otherTitle = new java.util.HashMap<>(source("test-src-attach", TEXT));
        otherTitle.put("title", Map.of("zh", "另一个标题", "en", "Test document"));
        postSource(otherTitle).statusCode(409).body("errors[0].message", containsString("title.zh"));

        Map<String, Object> published = new java.util.HashMap<>(source("test-src-attach", TEXT));
        published.put("title", Map.of("zh", "测试文件", "en", "Test document"));
        postSource(published).statusCode(201).header("Location", equalTo("/api/v1/sources/test-src-attach"))
                .body("publisher.zh", equalTo("测试"));
        given().get("/api/v1/sources/test-src-attach/text").then().statusCode(200).body(equalTo(TEXT));
    }

    @Test
    void postingASourceNeedsAnApiKey() {
        given().contentType(ContentType.JSON).body(source("test-src-nokey", TEXT)).post("/api/v1/sources")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anEmptyTextIsA422ThatNamesTheField() {
        postSource(source("test-src-empty", "   ")).statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("text"));
        given().get("/api/v1/sources/test-src-empty").then().statusCode(404);
    }

    @Test
    void aTextOverTheLimitIsA413ThatNamesTheLimit() {
        postSource(source("test-src-long", "字".repeat(20_001))).statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("at most 20000"));
        given().get("/api/v1/sources/test-src-long").then().statusCode(404);
    }

    @Test
    void aBinaryBodyIsA415() {
        given().header("Authorization", KEY).contentType("application/octet-stream")
                .body(new byte[] {0x25, 0x50, 0x44, 0x46, 0x00, (byte) 0xff, 0x13})
                .post("/api/v1/sources").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void bytesThatAreNotUtf8AreA400() {
        byte[] head = "{\"id\":\"test-src-bytes\",\"title\":{\"zh\":\"a\",\"en\":\"b\"},\"published_on\":\"2025-02-20\",\"region\":\"149999\",\"text\":\""
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 4];
        System.arraycopy(head, 0, body, 0, head.length);
        body[head.length] = (byte) 0xc3;
        body[head.length + 1] = (byte) 0x28;
        body[head.length + 2] = '"';
        body[head.length + 3] = '}';
        given().header("Authorization", KEY).contentType("application/json").body(body)
                .post("/api/v1/sources").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void controlCharactersInTheTextAreBinaryDataAndA422() {
        postSource(source("test-src-nul", "回眸2024\u0000\u0001PDF")).statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].message", containsString("binary data (U+0000 at code point 6)"));
    }

    @Test
    void anUnknownRegionIsA400ThatListsTheRegions() {
        Map<String, Object> s = new java.util.HashMap<>(source("test-src-region", TEXT));
        s.put("region", "999999");
        postSource(s).statusCode(400).body("errors[0].field", equalTo("region"))
                .body("detail", containsString("140802"));
    }

    @Test
    void theTextOfAnUnknownSourceIsA404() {
        given().get("/api/v1/sources/no-such-source/text").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
