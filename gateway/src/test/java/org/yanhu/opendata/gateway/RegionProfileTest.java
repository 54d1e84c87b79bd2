package org.yanhu.opendata.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class RegionProfileTest {

    @Inject
    MeterRegistry registry;

    private static final String REGIONS = """
            {"items":[{"code":"140800","label":{"zh":"运城市","en":"Yuncheng City"},"level":"prefecture","parent":"140000"},
            {"code":"140802","label":{"zh":"盐湖区","en":"Yanhu District"},"level":"county","parent":"140800"}],
            "page":{"limit":1000,"next":null,"total":2}}""";

    private static final String LATEST = """
            {"items":[
            {"id":"PROJECTS_SIGNED.140802.2023.actual.v1","indicator":"PROJECTS_SIGNED",
             "indicator_name":{"zh":"签约项目","en":"Projects signed"},"period":"2023",
             "comparator":{"code":"eq","label":{"zh":"等于","en":"equal to"}},"value":46,
             "unit":{"code":"个","label":{"zh":"个","en":"items"},"base_unit":"count","multiplier":1},
             "base_value":46,"base_unit":"count","source":{"id":"000_1861cacfb8655aea",
             "title":{"zh":"全力打造","en":"Building"},"published_on":"2024-02-23","quote":"签约项目46个"}},
            {"id":"GDP.140802.2021-2025.actual.v1","indicator":"GDP",
             "indicator_name":{"zh":"地区生产总值","en":"Gross domestic product (GDP)"},"period":"2021-2025",
             "comparator":{"code":"gt","label":{"zh":"突破/超过","en":"more than"}},"value":400,
             "unit":{"code":"亿元","label":{"zh":"亿元","en":"100 million yuan"},"base_unit":"CNY","multiplier":100000000},
             "base_value":40000000000,"base_unit":"CNY","source":{"id":"004_006121198c1df0a0",
             "title":{"zh":"非凡“十四五”","en":"An extraordinary 14th Five-Year Plan"},"published_on":"2025-12-29",
             "quote":"全区地区生产总值突破400亿元"}},
            {"id":"TOURIST_VISITS.140802.2023.actual.v1","indicator":"TOURIST_VISITS",
             "indicator_name":{"zh":"游客接待量","en":"Tourist visits"},"period":"2023",
             "comparator":{"code":"approx","label":{"zh":"近/约/余","en":"about"}},"value":641,
             "unit":{"code":"万人次","label":{"zh":"万人次","en":"10,000 visits"},"base_unit":"person_visit","multiplier":10000},
             "base_value":6410000,"base_unit":"person_visit","source":{"id":"000_1861cacfb8655aea",
             "title":{"zh":"全力打造","en":"Building"},"published_on":"2024-02-23","quote":"全年游客接待量近641万人次"}}],
            "page":{"limit":1000,"next":null,"total":3}}""";

    /** As projects-service answers GET /api/v1/projects/stats: every code, with zero where no project has it. */
    private static final String STATS = """
            {"items":[
            {"dimension":"sector_group","code":"culture","label":{"zh":"文化","en":"Culture"},"count":24},
            {"dimension":"sector","code":"culture.tourism","label":{"zh":"文化旅游","en":"Culture and tourism"},"count":13},
            {"dimension":"sector","code":"energy.solar","label":{"zh":"光伏","en":"Solar power"},"count":1},
            {"dimension":"sector","code":"energy.wind","label":{"zh":"风电","en":"Wind power"},"count":0},
            {"dimension":"status","code":"completed","label":{"zh":"已完成","en":"completed"},"count":120},
            {"dimension":"status","code":"planned","label":{"zh":"计划","en":"planned"},"count":91},
            {"dimension":"year","code":"2025","label":{"zh":"2025","en":"2025"},"count":70}],
            "page":{"limit":1000,"next":null,"total":7}}""";

    private static void stage(WireMockServer server, String url, int status, String body) {
        server.stubFor(get(urlEqualTo(url)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @BeforeEach
    void stageRegions() {
        stage(UpstreamStubs.indicators(), "/api/v1/regions?limit=1000", 200, REGIONS);
    }

    @Test
    void aProfileShowsHeadlineFiguresWithSourcesAndProjectCounts() {
        stage(UpstreamStubs.indicators(), "/api/v1/observations?latest=true&region=140802&limit=1000", 200, LATEST);
        stage(UpstreamStubs.projects(), "/api/v1/projects/stats?region=140802", 200, STATS);
        int statsCalls = statsCalls();

        String first = given().when().get("/api/v1/regions/140802/profile")
                .then().statusCode(200)
                .contentType("application/json")
                .body("region.code", equalTo("140802"))
                .body("region.label.zh", equalTo("盐湖区"))
                .body("region.parent", equalTo("140800"))
                // Headline indicators in the configured order; PROJECTS_SIGNED is not one of them.
                .body("headline.indicator", equalTo(List.of("GDP", "TOURIST_VISITS")))
                .body("headline[0].value", equalTo(400))
                .body("headline[0].unit", equalTo("亿元"))
                .body("headline[0].base_value", equalTo(40000000000L))
                .body("headline[0].comparator", equalTo("gt"))
                .body("headline[0].source.quote", equalTo("全区地区生产总值突破400亿元"))
                .body("headline[0].source.published_on", equalTo("2025-12-29"))
                .body("headline[0].link", equalTo("/api/v1/indicators/GDP/observations?region=140802"))
                .body("indicators_with_data", equalTo(3))
                .body("projects.total", equalTo(211))
                .body("projects.by_sector.code", equalTo(List.of("culture.tourism", "energy.solar")))
                .body("projects.by_status.count", equalTo(List.of(120, 91)))
                .body("complete", equalTo(true))
                .body("unavailable", hasSize(0)).extract().asString();
        // A complete profile is kept within the cache's staleness bound: the next read is the gateway's own,
        // written from the bytes of the first.
        double fromBytes = profilesFromBytes();
        String repeat = given().when().get("/api/v1/regions/140802/profile").then().statusCode(200)
                .header("X-Cache", "hit").body("projects.total", equalTo(211)).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(statsCalls + 1, statsCalls());
        org.junit.jupiter.api.Assertions.assertEquals(first, repeat);
        org.junit.jupiter.api.Assertions.assertEquals(fromBytes + 1, profilesFromBytes());
    }

    private double profilesFromBytes() {
        Counter counter = registry.find("gateway.cache.assembled.bytes").tag("answer", "region-profile").counter();
        return counter == null ? 0 : counter.count();
    }

    private static int statsCalls() {
        return UpstreamStubs.projects().findAll(getRequestedFor(urlEqualTo("/api/v1/projects/stats?region=140802")))
                .size();
    }

    @Test
    void aProfileWithoutTheProjectsServiceSaysWhatIsMissing() {
        stage(UpstreamStubs.indicators(), "/api/v1/observations?latest=true&region=140800&limit=1000", 200,
                "{\"items\":[],\"page\":{\"limit\":1000,\"next\":null,\"total\":0}}");
        stage(UpstreamStubs.projects(), "/api/v1/projects/stats?region=140800", 503,
                "{\"status\":503,\"title\":\"Service Unavailable\"}");

        given().when().get("/api/v1/regions/140800/profile")
                .then().statusCode(200)
                .header("X-Cache", "miss")
                .body("region.label.en", equalTo("Yuncheng City"))
                .body("headline", hasSize(0))
                .body("projects", nullValue())
                .body("complete", equalTo(false))
                .body("unavailable[0].service", equalTo("projects"))
                .body("unavailable[0].detail", containsString("503"));
    }

    @Test
    void anUnknownRegionIsNotFound() {
        given().when().get("/api/v1/regions/999999/profile")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("999999"));
    }

    @Test
    void aMalformedRegionCodeIsRefused() {
        given().when().get("/api/v1/regions/yanhu/profile")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
    }
}
