package org.yanhu.opendata.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The gateway as a shared HTTP cache (RFC 9111) in front of the services: what it stores, how it answers
 * from what it stored, how it revalidates, and how soon a write shows. Each test reads paths of its own.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class SharedCacheTest {

    private static final int PORT = 18080;
    /** gateway.cache.max-freshness in the test profile. */
    private static final long MAX_FRESHNESS_MILLIS = 1000;
    private static final AtomicInteger PATHS = new AtomicInteger();

    /** Versions only grow, as a service's do: each test reads data newer than any before it, in any test class. */
    private static long version() {
        return UpstreamStubs.nextDataVersion();
    }

    private static String path() {
        return "/api/v1/topics?cache=" + PATHS.incrementAndGet();
    }

    private static ResponseDefinitionBuilder read(String body, long version) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("ETag", "W/\"" + version + "-" + Integer.toHexString(body.hashCode()) + "\"")
                .withHeader("Cache-Control", "public, max-age=60")
                .withHeader("Vary", "Accept, Accept-Encoding")
                .withHeader("Data-Version", Long.toString(version))
                .withBody(body);
    }

    private static WireMockServer indicators() {
        return UpstreamStubs.indicators();
    }

    private static int upstreamCalls(String path) {
        return indicators().findAll(getRequestedFor(urlEqualTo(path))).size();
    }

    @Test
    void aRepeatedPublicReadIsAnsweredByTheGatewayWithAgeAndHit() {
        String path = path();
        long v = version();
        indicators().stubFor(get(urlEqualTo(path)).willReturn(read("{\"items\":[1]}", v)));

        given().when().get(path).then().statusCode(200).header("X-Cache", "miss").header("Age", "0")
                .body("items[0]", equalTo(1));
        Response hit = given().when().get(path);
        hit.then().statusCode(200).header("X-Cache", "hit").header("ETag", startsWith("W/\"" + v + "-"))
                .header("Cache-Control", "public, max-age=60").header("Vary", "Accept, Accept-Encoding")
                .header("X-Request-Id", org.hamcrest.Matchers.notNullValue())
                .header("RateLimit-Remaining", org.hamcrest.Matchers.notNullValue())
                .header("X-Content-Type-Options", "nosniff")
                .body("items[0]", equalTo(1));
        assertTrue(Long.parseLong(hit.header("Age")) >= 0);
        assertEquals(1, upstreamCalls(path));
    }

    @Test
    void aClientsIfNoneMatchIsAnsweredFromTheCacheWithANotModifiedWithoutBodyFraming() throws Exception {
        String path = path();
        long v = version();
        indicators().stubFor(get(urlEqualTo(path)).willReturn(read("{\"items\":[2]}", v)));
        try (RawHttp http = new RawHttp(PORT)) {
            RawHttp.Reply filled = http.exchange("GET", path);
            assertEquals("miss", filled.header("X-Cache"));
            String etag = filled.header("ETag");
            RawHttp.Reply notModified = http.exchange("GET", path, "If-None-Match: " + etag);
            assertEquals(304, notModified.status());
            assertEquals("hit", notModified.header("X-Cache"));
            assertEquals(etag, notModified.header("ETag"));
            assertEquals("public, max-age=60", notModified.header("Cache-Control"));
            assertNull(notModified.header("Transfer-Encoding"), notModified.headers().toString());
            assertNull(notModified.header("Content-Length"), notModified.headers().toString());
            assertEquals(0, notModified.body().length);

            RawHttp.Reply head = http.exchange("HEAD", path);
            assertEquals(200, head.status());
            assertEquals("hit", head.header("X-Cache"));
            assertNull(head.header("Transfer-Encoding"), head.headers().toString());

            RawHttp.Reply next = http.exchange("GET", path);
            assertEquals(200, next.status());
            assertEquals("{\"items\":[2]}", next.text());
        }
        assertEquals(1, upstreamCalls(path));
    }

    @Test
    void aStaleEntryIsRevalidatedWithIfNoneMatchAndTheNotModifiedRefreshesIt() throws Exception {
        String path = path();
        long v = version();
        indicators().stubFor(get(urlEqualTo(path)).atPriority(5).willReturn(read("{\"items\":[3]}", v)));
        String etag = given().when().get(path).then().statusCode(200).extract().header("ETag");
        indicators().stubFor(get(urlEqualTo(path)).atPriority(1).withHeader("If-None-Match", WireMock.equalTo(etag))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", etag)
                        .withHeader("Cache-Control", "public, max-age=60").withHeader("Data-Version", Long.toString(v))));

        Thread.sleep(MAX_FRESHNESS_MILLIS + 200);
        given().when().get(path).then().statusCode(200).header("X-Cache", "revalidated").header("Age", "0")
                .header("ETag", etag).body("items[0]", equalTo(3));
        given().when().get(path).then().statusCode(200).header("X-Cache", "hit").body("items[0]", equalTo(3));
        indicators().verify(1, getRequestedFor(urlEqualTo(path)).withHeader("If-None-Match", WireMock.equalTo(etag)));
        assertEquals(2, upstreamCalls(path));
    }

    @Test
    void anAuthorizationRequestIsNeverServedFromTheCacheNorStored() {
        String path = path();
        long v = version();
        indicators().stubFor(get(urlEqualTo(path)).withHeader("Authorization", absent())
                .willReturn(read("{\"who\":\"public\"}", v)));
        indicators().stubFor(get(urlEqualTo(path)).withHeader("Authorization", WireMock.equalTo("Bearer test-key"))
                .willReturn(read("{\"who\":\"keyed\"}", v)));

        given().header("Authorization", "Bearer test-key").when().get(path).then().statusCode(200)
                .header("X-Cache", "bypass").body("who", equalTo("keyed"));
        given().when().get(path).then().statusCode(200).header("X-Cache", "miss").body("who", equalTo("public"));
        given().when().get(path).then().statusCode(200).header("X-Cache", "hit").body("who", equalTo("public"));
        given().header("Authorization", "Bearer test-key").when().get(path).then().statusCode(200)
                .header("X-Cache", "bypass").body("who", equalTo("keyed"));
        assertEquals(3, upstreamCalls(path));
    }

    @Test
    void varyAcceptKeepsCsvAndJsonApart() {
        String path = path();
        long v = version();
        indicators().stubFor(get(urlEqualTo(path)).withHeader("Accept", WireMock.equalTo("text/csv"))
                .willReturn(read("code\nGDP\n", v).withHeader("Content-Type", "text/csv; charset=UTF-8")));
        indicators().stubFor(get(urlEqualTo(path)).withHeader("Accept", WireMock.equalTo("application/json"))
                .willReturn(read("{\"code\":\"GDP\"}", v)));

        for (int round = 0; round < 2; round++) {
            String outcome = round == 0 ? "miss" : "hit";
            given().accept("text/csv").when().get(path).then().statusCode(200).header("X-Cache", outcome)
                    .contentType(startsWith("text/csv")).body(equalTo("code\nGDP\n"));
            given().accept("application/json").when().get(path).then().statusCode(200).header("X-Cache", outcome)
                    .contentType(startsWith("application/json")).body("code", equalTo("GDP"));
        }
        assertEquals(2, upstreamCalls(path));
    }

    @Test
    void errorsOtherStatusesPrivateNoStoreAndCookiesAreNeverStored() {
        long v = version();
        List<ResponseDefinitionBuilder> unstorable = List.of(
                aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withHeader("Cache-Control", "public, max-age=60").withBody("{\"status\":404}"),
                aResponse().withStatus(203).withHeader("Cache-Control", "public, max-age=60").withBody("{}"),
                read("{}", v).withHeader("Cache-Control", "private, max-age=60"),
                read("{}", v).withHeader("Cache-Control", "no-store"),
                read("{}", v).withHeader("Set-Cookie", "session=1"),
                aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}"));
        for (ResponseDefinitionBuilder answer : unstorable) {
            String path = path();
            indicators().stubFor(get(urlEqualTo(path)).willReturn(answer));
            given().when().get(path).then().header("X-Cache", "miss");
            given().when().get(path).then().header("X-Cache", "miss").header("Age", "0");
            assertEquals(2, upstreamCalls(path), path);
        }
    }

    @Test
    void anAnswerLargerThanAnEntryMayBeIsPassedOnIntactAndNotStored() {
        String path = path();
        long v = version();
        byte[] large = new byte[1536 * 1024];
        new Random(3).nextBytes(large);
        indicators().stubFor(get(urlEqualTo(path)).willReturn(read("", v).withBody(large)));
        for (int round = 0; round < 2; round++) {
            byte[] received = given().when().get(path).then().statusCode(200).header("X-Cache", "miss")
                    .extract().asByteArray();
            org.junit.jupiter.api.Assertions.assertArrayEquals(large, received);
        }
        assertEquals(2, upstreamCalls(path));
    }

    @Test
    void aBurstOfMissesForOneRepresentationMakesOneUpstreamCall() {
        String path = path();
        long v = version();
        indicators().stubFor(get(urlEqualTo(path)).willReturn(read("{\"items\":[7]}", v).withFixedDelay(400)));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            burst.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        int hits = 0;
        for (CompletableFuture<HttpResponse<String>> answer : burst) {
            HttpResponse<String> response = answer.join();
            assertEquals(200, response.statusCode());
            assertEquals("{\"items\":[7]}", response.body());
            hits += "hit".equals(response.headers().firstValue("X-Cache").orElse("")) ? 1 : 0;
        }
        assertEquals(1, upstreamCalls(path));
        assertEquals(19, hits);
    }

    @Test
    void aWriteThroughTheGatewayIsVisibleOnTheNextRead() {
        String path = "/api/v1/projects?cache=" + PATHS.incrementAndGet();
        WireMockServer projects = UpstreamStubs.projects();
        long version = version();
        projects.stubFor(get(urlEqualTo(path)).willReturn(read("{\"name\":\"before\"}", version)));
        given().when().get(path).then().statusCode(200).body("name", equalTo("before"));
        given().when().get(path).then().statusCode(200).header("X-Cache", "hit").body("name", equalTo("before"));

        // The write: the service answers with the version it moved to, and serves the new data from then on.
        projects.stubFor(get(urlEqualTo(path)).willReturn(read("{\"name\":\"after\"}", version + 1)));
        projects.stubFor(post(urlEqualTo("/api/v1/projects/import")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("Data-Version", Long.toString(version + 1))
                .withBody("{\"imported\":1}")));
        given().header("Authorization", "Bearer test-key").contentType("application/json").body("[]")
                .when().post("/api/v1/projects/import").then().statusCode(200);

        given().when().get(path).then().statusCode(200).header("X-Cache", "miss").body("name", equalTo("after"));
        given().when().get(path).then().statusCode(200).header("X-Cache", "hit").body("name", equalTo("after"));
    }

    @Test
    void aWriteTheGatewayDoesNotSeeIsVisibleWithinTheMaximumFreshness() throws Exception {
        String path = path();
        long v = version();
        indicators().stubFor(get(urlEqualTo(path)).willReturn(read("{\"name\":\"before\"}", v)));
        given().when().get(path).then().statusCode(200).body("name", equalTo("before"));

        // Straight to the service (another gateway, or a client of the service): this gateway sees nothing of it.
        indicators().stubFor(get(urlEqualTo(path)).willReturn(read("{\"name\":\"after\"}", v + 1)));
        long written = System.nanoTime();
        long visibleAfterMillis = -1;
        while ((System.nanoTime() - written) / 1_000_000 < 5 * MAX_FRESHNESS_MILLIS) {
            if ("after".equals(given().when().get(path).then().statusCode(200).extract().path("name"))) {
                visibleAfterMillis = (System.nanoTime() - written) / 1_000_000;
                break;
            }
            Thread.sleep(20);
        }
        assertTrue(visibleAfterMillis >= 0, "the write never showed through the gateway");
        assertTrue(visibleAfterMillis <= MAX_FRESHNESS_MILLIS + 250,
                "the write showed after " + visibleAfterMillis + " ms, more than the bound of " + MAX_FRESHNESS_MILLIS);
    }
}
