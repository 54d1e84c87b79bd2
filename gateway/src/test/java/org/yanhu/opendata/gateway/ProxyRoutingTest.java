package org.yanhu.opendata.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class ProxyRoutingTest {

    private static final String INDICATORS_PAGE = """
            {"items":[{"code":"GDP","name":{"zh":"地区生产总值","en":"Gross domestic product (GDP)"},
            "link":"/api/v1/indicators/GDP"}],"page":{"limit":1,"next":"WyJHRFAiXQ","total":91}}""";

    @Test
    void indicatorPathsGoToIndicatorsServiceWithQueryAndHeadersUnchanged() {
        UpstreamStubs.indicators().stubFor(get(urlEqualTo("/api/v1/indicators?limit=1&q=%E5%9C%B0%E5%8C%BA"))
                .willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json;charset=UTF-8")
                        .withHeader("ETag", "W/\"7-abc\"")
                        .withHeader("Cache-Control", "public, max-age=300")
                        .withHeader("Vary", "Accept, Accept-Encoding")
                        .withHeader("Link", "</api/v1/indicators?limit=1&cursor=WyJHRFAiXQ>; rel=\"next\"")
                        .withBody(INDICATORS_PAGE)));

        given().header("Accept-Language", "zh").queryParam("limit", 1).queryParam("q", "地区")
                .when().get("/api/v1/indicators")
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", "W/\"7-abc\"")
                .header("Cache-Control", "public, max-age=300")
                .header("Link", "</api/v1/indicators?limit=1&cursor=WyJHRFAiXQ>; rel=\"next\"")
                .header("X-Request-Id", not(emptyOrNullString()))
                .body("items[0].code", equalTo("GDP"))
                .body("page.total", equalTo(91));

        UpstreamStubs.indicators().verify(getRequestedFor(urlPathEqualTo("/api/v1/indicators"))
                .withHeader("Accept-Language", WireMock.equalTo("zh"))
                .withHeader("X-Forwarded-For", matching(".+"))
                .withHeader("X-Forwarded-Proto", WireMock.equalTo("http"))
                .withHeader("X-Request-Id", matching("[A-Za-z0-9._:-]{1,128}")));
    }

    @Test
    void projectPathsGoToProjectsService() {
        UpstreamStubs.projects().stubFor(get(urlEqualTo("/api/v1/projects?sector=energy"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[{\"id\":\"guangran-pv-150mw-phase1\"}],\"page\":{\"limit\":100,"
                                + "\"next\":null,\"total\":1}}")));

        given().queryParam("sector", "energy")
                .when().get("/api/v1/projects")
                .then().statusCode(200)
                .body("items[0].id", equalTo("guangran-pv-150mw-phase1"));
    }

    @Test
    void aMatchingIfNoneMatchPassesDownAndTheNotModifiedComesBackWithoutBody() {
        UpstreamStubs.indicators().stubFor(get(urlEqualTo("/api/v1/topics"))
                .withHeader("If-None-Match", WireMock.equalTo("W/\"9-topics\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "W/\"9-topics\"")
                        .withHeader("Cache-Control", "public, max-age=300")));

        given().header("If-None-Match", "W/\"9-topics\"")
                .when().get("/api/v1/topics")
                .then().statusCode(304)
                .header("ETag", "W/\"9-topics\"")
                .header("Cache-Control", "public, max-age=300")
                .body(is(emptyOrNullString()));
    }

    @Test
    void csvDownloadsKeepTheirFileNameAndBytes() {
        byte[] csv = "\uFEFFcode,name_zh\nGDP,地区生产总值\n".getBytes(StandardCharsets.UTF_8);
        UpstreamStubs.indicators().stubFor(get(urlEqualTo("/api/v1/observations?format=csv&bom=true"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv; charset=UTF-8")
                        .withHeader("Content-Disposition",
                                "attachment; filename=\"yanhu-observations-2026-11-24.csv\"")
                        .withBody(csv)));

        byte[] received = given().queryParam("format", "csv").queryParam("bom", "true")
                .when().get("/api/v1/observations")
                .then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"yanhu-observations-2026-11-24.csv\"")
                .extract().asByteArray();
        assertArrayEquals(csv, received);
    }

    @Test
    void upstreamProblemsPassThroughWithTheirStatus() {
        UpstreamStubs.indicators().stubFor(get(urlEqualTo("/api/v1/indicators/NOPE"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://yanhu-opendata.org/problems/not-found\",\"title\":\"Not found\","
                                + "\"status\":404,\"detail\":\"No indicator with id 'NOPE'\"}")));

        given().when().get("/api/v1/indicators/NOPE")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No indicator with id 'NOPE'"));
    }

    @Test
    void aLargeImportStreamsThroughWithItsKey() {
        byte[] body = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(body);
        UpstreamStubs.indicators().stubFor(post(urlEqualTo("/api/v1/observations/import"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"received\":1,\"inserted\":1,\"unchanged\":0,\"data_version\":3}")));

        given().header("Authorization", "Bearer test-key").contentType("text/csv").body(body)
                .when().post("/api/v1/observations/import")
                .then().statusCode(200)
                .body("inserted", equalTo(1));

        UpstreamStubs.indicators().verify(postRequestedFor(urlEqualTo("/api/v1/observations/import"))
                .withHeader("Authorization", WireMock.equalTo("Bearer test-key"))
                .withHeader("Content-Length", WireMock.equalTo(Integer.toString(body.length))));
        byte[] forwarded = UpstreamStubs.indicators().findAll(postRequestedFor(urlEqualTo(
                "/api/v1/observations/import"))).get(0).getBody();
        assertEquals(body.length, forwarded.length);
        assertArrayEquals(body, forwarded);
    }

    @Test
    void aLargeExportStreamsBackIntact() {
        byte[] export = new byte[8 * 1024 * 1024];
        new Random(11).nextBytes(export);
        UpstreamStubs.indicators().stubFor(get(urlEqualTo("/api/v1/observations?format=csv&limit=1000000"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/octet-stream")
                        .withBody(export)));

        byte[] received = given().when().get("/api/v1/observations?format=csv&limit=1000000")
                .then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(export, received);
    }

    @Test
    void jsonIsGzippedWhenTheClientAcceptsIt() {
        UpstreamStubs.projects().stubFor(get(urlEqualTo("/api/v1/sectors"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[" + "{\"code\":\"energy.solar\"},".repeat(200)
                                + "{\"code\":\"water.supply\"}],\"page\":{\"limit\":1000,\"next\":null,\"total\":201}}")));

        given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig()
                        .contentDecoders(DecoderConfig.ContentDecoder.GZIP)))
                .header("Accept-Encoding", "gzip")
                .when().get("/api/v1/sectors")
                .then().statusCode(200)
                .header("Content-Encoding", "gzip")
                .body("page.total", equalTo(201));
    }

    @Test
    void anAnswerTheServiceAlreadyCompressedPassesThroughAsItIs() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write("{\"items\":[],\"page\":{\"limit\":100,\"next\":null,\"total\":0}}".getBytes(
                    StandardCharsets.UTF_8));
        }
        UpstreamStubs.indicators().stubFor(get(urlEqualTo("/api/v1/units"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Content-Encoding", "gzip").withBody(zipped.toByteArray())));

        given().header("Accept-Encoding", "gzip")
                .when().get("/api/v1/units")
                .then().statusCode(200)
                .header("Content-Encoding", "gzip")
                .body("page.total", equalTo(0));
    }

    @Test
    void theGatewaysOwnProfileIsNotSentToIndicatorsService() {
        given().when().get("/api/v1/regions/12345/profile")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("request_id", not(nullValue()));
    }
}
