package org.yanhu.opendata.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A 304, a 204 and the answer to a HEAD have no body (RFC 9112 section 6.3), so they must not
 * announce one: a "Transfer-Encoding: chunked" without chunks makes Python's http.client fail with
 * IncompleteRead, and a client on a kept-alive connection reads the next answer wrongly.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class BodyFramingTest {

    private static final int PORT = 18080;
    private static final String TOPICS = "{\"items\":[],\"page\":{\"limit\":100,\"next\":null,\"total\":0}}";

    @BeforeEach
    void stage() {
        UpstreamStubs.indicators().stubFor(get(urlEqualTo("/api/v1/topics?framing=1"))
                .withHeader("If-None-Match", WireMock.equalTo("W/\"9-topics\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "W/\"9-topics\"")
                        .withHeader("Cache-Control", "public, max-age=300")));
        UpstreamStubs.indicators().stubFor(get(urlEqualTo("/api/v1/topics?framing=2"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(TOPICS)));
        UpstreamStubs.indicators().stubFor(head(urlEqualTo("/api/v1/topics?framing=3"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("ETag", "W/\"9-topics\"")));
        UpstreamStubs.projects().stubFor(delete(urlEqualTo("/api/v1/projects/framing/draft"))
                .willReturn(aResponse().withStatus(204)));
    }

    @Test
    void aNotModifiedThroughTheGatewayAnnouncesNoBodyAndTheConnectionServesTheNextRequest() throws Exception {
        try (RawHttp http = new RawHttp(PORT)) {
            RawHttp.Reply notModified = http.exchange("GET", "/api/v1/topics?framing=1",
                    "If-None-Match: W/\"9-topics\"");
            assertEquals(304, notModified.status());
            assertEquals("W/\"9-topics\"", notModified.header("ETag"));
            assertNoBodyFraming(notModified);

            RawHttp.Reply next = http.exchange("GET", "/api/v1/topics?framing=2");
            assertEquals(200, next.status());
            assertEquals(TOPICS, next.text());
        }
    }

    @Test
    void aNoContentThroughTheGatewayAnnouncesNoBody() throws Exception {
        try (RawHttp http = new RawHttp(PORT)) {
            RawHttp.Reply noContent = http.exchange("DELETE", "/api/v1/projects/framing/draft",
                    "Authorization: Bearer test-key");
            assertEquals(204, noContent.status());
            assertNoBodyFraming(noContent);
            assertEquals(200, http.exchange("GET", "/api/v1/topics?framing=2").status());
        }
    }

    @Test
    void theAnswerToAHeadThroughTheGatewayCarriesNoBody() throws Exception {
        try (RawHttp http = new RawHttp(PORT)) {
            RawHttp.Reply answer = http.exchange("HEAD", "/api/v1/topics?framing=3");
            assertEquals(200, answer.status());
            assertNull(answer.header("Transfer-Encoding"), answer.headers().toString());
            assertEquals(TOPICS, http.exchange("GET", "/api/v1/topics?framing=2").text());
        }
    }

    @Test
    void theJdkClientMakesAConditionalGetAndASecondRequestOnOneKeptAliveConnection() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpResponse<String> notModified = client.send(HttpRequest.newBuilder(uri("/api/v1/topics?framing=1"))
                .header("If-None-Match", "W/\"9-topics\"").timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(304, notModified.statusCode());
        assertEquals("", notModified.body());
        assertTrue(notModified.headers().firstValue("Transfer-Encoding").isEmpty(), notModified.headers().toString());

        HttpResponse<String> next = client.send(HttpRequest.newBuilder(uri("/api/v1/topics?framing=2"))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, next.statusCode());
        assertEquals(TOPICS, next.body());
    }

    private static void assertNoBodyFraming(RawHttp.Reply reply) {
        assertNull(reply.header("Transfer-Encoding"), "no chunked body announced: " + reply.headers());
        String length = reply.header("Content-Length");
        assertTrue(length == null || length.equals("0"), "no body length announced: " + reply.headers());
        assertEquals(0, reply.body().length);
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + PORT + path);
    }
}
