package org.yanhu.opendata.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class SearchTest {

    private static final String EMPTY = "{\"items\":[],\"page\":{\"limit\":100,\"next\":null,\"total\":0}}";

    private static void stage(WireMockServer server, String url, String body) {
        server.stubFor(get(urlEqualTo(url)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void oneRankedListComesFromIndicatorsProjectsAndPledges() {
        String q = "%E6%97%85%E6%B8%B8"; // 旅游
        stage(UpstreamStubs.indicators(), "/api/v1/indicators?q=" + q + "&limit=100", """
                {"items":[{"code":"TOURISM_REVENUE","name":{"zh":"旅游收入","en":"Tourism revenue"},
                "topic":{"code":"tourism","label":{"zh":"文化旅游","en":"Culture and tourism"}},
                "link":"/api/v1/indicators/TOURISM_REVENUE"}],"page":{"limit":100,"next":null,"total":1}}""");
        stage(UpstreamStubs.projects(), "/api/v1/projects?q=" + q + "&limit=100", """
                {"items":[{"id":"saltlake-scenic-upgrade","name":{"zh":"盐湖景区提升工程","en":"Salt Lake scenic area upgrade"},
                "sector":{"code":"culture.tourism","label":{"zh":"文化旅游","en":"Culture and tourism"}},
                "link":"/api/v1/projects/saltlake-scenic-upgrade"},
                {"id":"tourism","name":{"zh":"旅游","en":"Tourism"},"link":"/api/v1/projects/tourism"}],
                "page":{"limit":100,"next":null,"total":2}}""");
        stage(UpstreamStubs.projects(), "/api/v1/pledges?q=" + q + "&limit=100", """
                {"items":[{"id":"2026-p-07","text":{"zh":"推动全域旅游发展","en":"Develop tourism across the district"},
                "sector":{"code":"culture.tourism","label":{"zh":"文化旅游","en":"Culture and tourism"}},
                "link":"/api/v1/pledges/2026-p-07"}],"page":{"limit":100,"next":null,"total":1}}""");

        given().header("X-Request-Id", "search-1").queryParam("q", "旅游")
                .when().get("/api/v1/search")
                .then().statusCode(200)
                .contentType("application/json")
                .body("query", equalTo("旅游"))
                .body("complete", equalTo(true))
                .body("items", hasSize(4))
                .body("items[0].type", equalTo("project"))
                .body("items[0].id", equalTo("tourism"))
                .body("items[0].score", equalTo(1.0f))
                .body("items[1].id", equalTo("TOURISM_REVENUE"))
                .body("items[1].title.zh", equalTo("旅游收入"))
                .body("items[1].title.en", equalTo("Tourism revenue"))
                .body("items[1].category.code", equalTo("tourism"))
                .body("items[1].link", equalTo("/api/v1/indicators/TOURISM_REVENUE"))
                .body("items.type", equalTo(List.of("project", "indicator", "pledge", "project")))
                .body("page.total", equalTo(4))
                .body("sources.status", equalTo(List.of("ok", "ok", "ok")));

        UpstreamStubs.projects().verify(getRequestedFor(urlEqualTo("/api/v1/pledges?q=" + q + "&limit=100"))
                .withHeader("X-Request-Id", WireMock.equalTo("search-1")));
    }

    @Test
    void englishQueriesAreRankedByTheEnglishTitle() {
        stage(UpstreamStubs.indicators(), "/api/v1/indicators?q=grain&limit=2", """
                {"items":[{"code":"GRAIN_SOWN_AREA","name":{"zh":"粮食播种面积","en":"Sown area of grain"}},
                {"code":"GRAIN_OUTPUT","name":{"zh":"粮食产量","en":"Grain output"}}],
                "page":{"limit":2,"next":null,"total":2}}""");
        given().queryParam("q", "grain").queryParam("types", "indicator").queryParam("limit", 2)
                .when().get("/api/v1/search")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of("GRAIN_OUTPUT", "GRAIN_SOWN_AREA")))
                .body("items[0].link", equalTo("/api/v1/indicators/GRAIN_OUTPUT"))
                .body("sources", hasSize(1));
    }

    @Test
    void aServiceThatFailsLeavesItsHitsOutAndSaysSo() {
        stage(UpstreamStubs.indicators(), "/api/v1/indicators?q=outage&limit=100", EMPTY);
        stage(UpstreamStubs.projects(), "/api/v1/pledges?q=outage&limit=100", EMPTY);
        UpstreamStubs.projects().stubFor(get(urlEqualTo("/api/v1/projects?q=outage&limit=100"))
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "5")));

        given().queryParam("q", "outage")
                .when().get("/api/v1/search")
                .then().statusCode(200)
                .body("complete", equalTo(false))
                .body("sources.find { it.type == 'project' }.status", equalTo("unavailable"))
                .body("sources.find { it.type == 'project' }.detail", containsString("503"))
                .body("sources.find { it.type == 'indicator' }.status", equalTo("ok"));
    }

    @Test
    void whenNoServiceAnswersTheSearchIsUnavailable() {
        for (String url : List.of("/api/v1/projects?q=blackout&limit=100", "/api/v1/pledges?q=blackout&limit=100")) {
            UpstreamStubs.projects().stubFor(get(urlEqualTo(url)).willReturn(aResponse().withStatus(503)));
        }
        UpstreamStubs.indicators().stubFor(get(urlEqualTo("/api/v1/indicators?q=blackout&limit=100"))
                .willReturn(aResponse().withStatus(503)));

        given().queryParam("q", "blackout")
                .when().get("/api/v1/search")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("detail", startsWith("No service could be searched"));
    }

    @Test
    void aSearchWithoutWordsIsRefused() {
        given().queryParam("q", "  ")
                .when().get("/api/v1/search")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void anUnknownTypeIsRefusedWithTheAllowedOnes() {
        given().queryParam("q", "road").queryParam("types", "indicator,village")
                .when().get("/api/v1/search")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("Unknown types 'village'. Allowed values: indicator, project, pledge"));
    }

    @Test
    void typesThatNameNoTypeAreRefusedNotSearched() {
        given().queryParam("q", "旅游").queryParam("types", ",")
                .when().get("/api/v1/search")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("types"))
                .body("request_id", notNullValue());
    }

    @Test
    void aLimitOverTheMaximumIsRefused() {
        given().queryParam("q", "road").queryParam("limit", 5000)
                .when().get("/api/v1/search")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }
}
