package org.yanhu.opendata.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The gateway's own search and region profiles, which it assembles from several services, kept to the shared
 * cache's staleness bound: a repeated read is a hit, only complete answers are kept, a write through the gateway
 * shows on the next read, none is older than the maximum freshness, a burst of misses assembles once, and
 * a request that asks afresh is assembled afresh. Each test searches words of its own.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class AssembledAnswersTest {

    private static final int PORT = 18080;
    /** gateway.cache.max-freshness in the test profile. */
    private static final long MAX_FRESHNESS_MILLIS = 1000;
    private static final AtomicInteger WORDS = new AtomicInteger();
    private static final String EMPTY = "{\"items\":[],\"page\":{\"limit\":100,\"next\":null,\"total\":0}}";

    @Inject
    MeterRegistry registry;

    private static String word() {
        return "assembled" + WORDS.incrementAndGet();
    }

    private static String indicatorsUrl(String q) {
        return "/api/v1/indicators?q=" + q + "&limit=100";
    }

    /** Each service answers the search of q with one hit named name; the projects service after a delay. */
    private static void stage(String q, String name, int projectsDelayMillis) {
        UpstreamStubs.indicators().stubFor(get(urlEqualTo(indicatorsUrl(q))).willReturn(json("""
                {"items":[{"code":"%s","name":{"zh":"%s","en":"%s"},"link":"/api/v1/indicators/%s"}],
                "page":{"limit":100,"next":null,"total":1}}""".formatted(name, q, q, name))));
        UpstreamStubs.projects().stubFor(get(urlEqualTo("/api/v1/projects?q=" + q + "&limit=100"))
                .willReturn(json(EMPTY).withFixedDelay(projectsDelayMillis)));
        UpstreamStubs.projects().stubFor(get(urlEqualTo("/api/v1/pledges?q=" + q + "&limit=100"))
                .willReturn(json(EMPTY)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static int indicatorCalls(String q) {
        return UpstreamStubs.indicators().findAll(getRequestedFor(urlEqualTo(indicatorsUrl(q)))).size();
    }

    @Test
    void aRepeatedSearchIsAnsweredByTheGatewayWithAgeAndHit() {
        String q = word();
        stage(q, "FIRST", 0);
        given().queryParam("q", q).when().get("/api/v1/search").then().statusCode(200)
                .header("X-Cache", "miss").header("Age", "0").body("items[0].id", equalTo("FIRST"));
        given().queryParam("q", q).when().get("/api/v1/search").then().statusCode(200)
                .header("X-Cache", "hit").body("items[0].id", equalTo("FIRST")).body("complete", equalTo(true));
        assertEquals(1, indicatorCalls(q));
        // Another limit or another set of types is another answer.
        stage(q, "FIRST", 0);
        UpstreamStubs.indicators().stubFor(get(urlEqualTo("/api/v1/indicators?q=" + q + "&limit=5")).willReturn(
                json(EMPTY)));
        given().queryParam("q", q).queryParam("types", "indicator").queryParam("limit", 5).when()
                .get("/api/v1/search").then().statusCode(200).header("X-Cache", "miss").body("items", equalTo(List.of()));
    }

    /** Hits answered from stored bytes, before Quarkus REST. */
    private double fromBytes(String answer) {
        Counter counter = registry.find("gateway.cache.assembled.bytes").tag("answer", answer).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aRepeatedSearchIsWrittenFromTheBytesOfTheFirstWithEveryEdgeHeader() {
        String q = word();
        stage(q, "BYTES", 0);
        Response first = given().queryParam("q", q).when().get("/api/v1/search");
        first.then().statusCode(200).header("X-Cache", "miss");
        double before = fromBytes("search");
        Response repeat = given().header("X-Request-Id", "repeat-" + q).queryParam("q", q).when().get("/api/v1/search");
        repeat.then().statusCode(200).header("X-Cache", "hit").header("Age", "0")
                .header("Content-Type", first.getHeader("Content-Type"))
                .header("X-Request-Id", "repeat-" + q).header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", first.getHeader("Content-Security-Policy"))
                .header("RateLimit-Limit", first.getHeader("RateLimit-Limit"))
                .header("RateLimit-Policy", first.getHeader("RateLimit-Policy"));
        assertEquals(first.asString(), repeat.asString());
        // RestAssured accepts gzip: the stored bytes are compressed on the way out, as the resource's answer was.
        assertEquals("gzip", first.getHeader("Content-Encoding"));
        assertEquals("gzip", repeat.getHeader("Content-Encoding"));
        assertEquals(before + 1, fromBytes("search"));
        assertEquals(Integer.parseInt(first.getHeader("RateLimit-Remaining")) - 1,
                Integer.parseInt(repeat.getHeader("RateLimit-Remaining")), "a hit still takes a token");
        assertEquals(1, indicatorCalls(q));
    }

    @Test
    void storedBytesAreNotGivenToARequestTheResourceWouldAnswerOtherwise() {
        String q = word();
        stage(q, "OTHERWISE", 0);
        given().queryParam("q", q).when().get("/api/v1/search").then().statusCode(200).header("X-Cache", "miss");
        double before = fromBytes("search");
        given().accept("text/csv").queryParam("q", q).when().get("/api/v1/search").then().statusCode(406);
        given().header("Authorization", "Bearer test-key").queryParam("q", q).when().get("/api/v1/search").then()
                .statusCode(200).header("X-Cache", "bypass");
        given().header("Cache-Control", "no-cache").queryParam("q", q).when().get("/api/v1/search").then()
                .statusCode(200).header("X-Cache", "bypass");
        assertEquals(before, fromBytes("search"));
    }

    @Test
    void aNewDataVersionSeenFromAServiceIsNotAnsweredFromOlderBytes() {
        String q = word();
        stage(q, "OLDER", 0);
        given().queryParam("q", q).when().get("/api/v1/search").then().statusCode(200).header("X-Cache", "miss");
        given().queryParam("q", q).when().get("/api/v1/search").then().statusCode(200).header("X-Cache", "hit");
        double before = fromBytes("search");
        // A read through the gateway carries the service's newer data version (a write straight to the service).
        stage(q, "NEWER", 0);
        String read = "/api/v1/indicators/VERSIONED_" + q;
        UpstreamStubs.indicators().stubFor(get(urlEqualTo(read)).willReturn(json("{}")
                .withHeader("Data-Version", Long.toString(UpstreamStubs.nextDataVersion()))));
        given().when().get(read).then().statusCode(200);
        given().queryParam("q", q).when().get("/api/v1/search").then().statusCode(200).header("X-Cache", "miss")
                .body("items[0].id", equalTo("NEWER"));
        assertEquals(before, fromBytes("search"));
    }

    @Test
    void anIncompleteAnswerIsNotKept() {
        String q = word();
        stage(q, "PARTIAL", 0);
        UpstreamStubs.projects().stubFor(get(urlEqualTo("/api/v1/projects?q=" + q + "&limit=100"))
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":503,\"title\":\"Service Unavailable\"}")));
        for (int i = 0; i < 2; i++) {
            given().queryParam("q", q).when().get("/api/v1/search").then().statusCode(200)
                    .header("X-Cache", "miss").body("complete", equalTo(false));
        }
        assertEquals(2, indicatorCalls(q));
    }

    @Test
    void aRequestThatAsksAfreshOrCarriesAKeyIsAssembledAfresh() {
        String q = word();
        stage(q, "AFRESH", 0);
        given().queryParam("q", q).when().get("/api/v1/search").then().statusCode(200).header("X-Cache", "miss");
        given().header("Cache-Control", "no-cache").queryParam("q", q).when().get("/api/v1/search").then()
                .statusCode(200).header("X-Cache", "bypass");
        given().header("Authorization", "Bearer test-key").queryParam("q", q).when().get("/api/v1/search").then()
                .statusCode(200).header("X-Cache", "bypass");
        assertEquals(3, indicatorCalls(q));
    }

    @Test
    void aWriteThroughTheGatewayShowsOnTheNextSearch() {
        String q = word();
        stage(q, "BEFORE", 0);
        given().queryParam("q", q).when().get("/api/v1/search").then().statusCode(200).body("items[0].id",
                equalTo("BEFORE"));
        given().queryParam("q", q).when().get("/api/v1/search").then().statusCode(200).header("X-Cache", "hit");

        // The write: the service answers with the newer data version it moved to.
        stage(q, "AFTER", 0);
        WireMockServer indicators = UpstreamStubs.indicators();
        String write = "/api/v1/observations/import?test=" + q; // a path of its own: other tests count theirs
        indicators.stubFor(post(urlEqualTo(write)).willReturn(json("{\"imported\":1}")
                .withHeader("Data-Version", Long.toString(UpstreamStubs.nextDataVersion()))));
        given().header("Authorization", "Bearer test-key").contentType("application/json").body("{}")
                .when().post(write).then().statusCode(200);

        given().queryParam("q", q).when().get("/api/v1/search").then().statusCode(200).header("X-Cache", "miss")
                .body("items[0].id", equalTo("AFTER"));
    }

    @Test
    void noSearchIsAnsweredFromAnAssemblyOlderThanTheMaximumFreshness() throws Exception {
        String q = word();
        stage(q, "OLD", 0);
        given().queryParam("q", q).when().get("/api/v1/search").then().statusCode(200).header("X-Cache", "miss");
        stage(q, "NEW", 0);
        Thread.sleep(MAX_FRESHNESS_MILLIS + 100);
        given().queryParam("q", q).when().get("/api/v1/search").then().statusCode(200).header("X-Cache", "miss")
                .body("items[0].id", equalTo("NEW"));
    }

    @Test
    void aBurstOfSearchesForOneQueryAssemblesOnce() {
        String q = word();
        stage(q, "BURST", 400);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            burst.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT
                    + "/api/v1/search?q=" + q)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        int hits = 0;
        for (CompletableFuture<HttpResponse<String>> answer : burst) {
            HttpResponse<String> response = answer.join();
            assertEquals(200, response.statusCode());
            hits += "hit".equals(response.headers().firstValue("X-Cache").orElse("")) ? 1 : 0;
        }
        assertEquals(1, indicatorCalls(q));
        assertEquals(19, hits);
    }
}
