package org.yanhu.opendata.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merged document, built from the services' real documents as staged by UpstreamStubs. */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theMergedDocumentHoldsEveryRoutedPathOfEveryServiceAndTheGatewaysOwn() throws Exception {
        JsonNode merged = JSON.readTree(given().when().get("/q/openapi").then().statusCode(200)
                .contentType("application/json").extract().asByteArray());
        List<String> expected = new ArrayList<>();
        for (String service : List.of("indicators", "projects")) {
            JsonNode document = JSON.readTree(UpstreamStubs.resource("upstream/" + service + "-openapi.json"));
            document.path("paths").fieldNames().forEachRemaining(path -> {
                boolean routedElsewhere = path.equals("/api/v1/indicators-ping");
                if (!routedElsewhere) {
                    expected.add(path);
                }
            });
        }
        expected.add("/api/v1/search");
        expected.add("/api/v1/regions/{code}/profile");
        for (String path : expected) {
            assertTrue(merged.path("paths").has(path), "merged document lacks " + path);
        }
        assertTrue(!merged.path("paths").has("/api/v1/indicators-ping"), "a path the gateway does not route");
        assertEquals("indicators", merged.path("paths").path("/api/v1/topics").path("get").path("x-upstream")
                .asText());
        assertEquals("projects", merged.path("paths").path("/api/v1/sectors").path("get").path("x-upstream")
                .asText());
    }

    @Test
    void theServersEntryIsTheGateway() {
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body("openapi", equalTo("3.1.0"))
                .body("servers.url", equalTo(List.of("http://localhost:18080")))
                .body("info.title", equalTo("Yanhu Open Data API"));
    }

    @Test
    void oneNameMeansOneShapeSoNothingIsRenamed() throws Exception {
        JsonNode merged = JSON.readTree(given().when().get("/q/openapi").then().statusCode(200).extract()
                .asByteArray());
        List<String> published = new ArrayList<>();
        merged.path("components").path("schemas").fieldNames().forEachRemaining(published::add);
        for (String service : List.of("indicators", "projects")) {
            JsonNode document = JSON.readTree(UpstreamStubs.resource("upstream/" + service + "-openapi.json"));
            document.path("components").path("schemas").fieldNames().forEachRemaining(name ->
                    assertTrue(published.contains(name), service + "'s " + name + " is published under its name"));
        }
        for (String name : published) {
            assertTrue(!name.startsWith("Indicators") && !name.startsWith("Projects"), "renamed: " + name);
        }
        given().when().get("/q/openapi").then()
                .body("components.schemas.Location.properties.region.'$ref'", equalTo("#/components/schemas/CodeLabel"))
                .body("components.schemas.IndicatorSummary.properties.topic.'$ref'",
                        equalTo("#/components/schemas/CodeLabel"));
    }

    @Test
    void aServiceDocumentThatGivesANameASecondShapeIsRefusedAndItsPreviousDocumentKept() throws Exception {
        String original = UpstreamStubs.resource("upstream/projects-openapi.json");
        ObjectNode clashing = (ObjectNode) JSON.readTree(original);
        ((ObjectNode) clashing.at("/components/schemas/Label/properties")).putObject("fr").put("type", "string");
        ObjectNode probe = ((ObjectNode) clashing.get("paths")).putObject("/api/v1/projects/clash-probe");
        probe.putObject("get").putObject("responses").putObject("200").put("description", "ok");
        double refusedBefore = refusedDocuments();
        UpstreamStubs.projects().stubFor(get(urlPathEqualTo("/q/openapi")).atPriority(1).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody(clashing.toString())));
        try {
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> refusedDocuments() > refusedBefore);
            JsonNode merged = JSON.readTree(given().when().get("/q/openapi").then().statusCode(200).extract()
                    .asByteArray());
            assertTrue(merged.path("paths").has("/api/v1/projects"), "the previous projects document stays");
            assertTrue(!merged.path("paths").has("/api/v1/projects/clash-probe"), "the clashing one is refused");
            assertTrue(merged.at("/components/schemas/Label/properties/fr").isMissingNode());
        } finally {
            UpstreamStubs.projects().stubFor(get(urlPathEqualTo("/q/openapi")).atPriority(1).willReturn(aResponse()
                    .withStatus(200).withHeader("Content-Type", "application/json;charset=UTF-8").withBody(original)));
        }
    }

    private static double refusedDocuments() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("gateway_openapi_refused_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void everyReferenceResolvesAndOperationIdsAreUnique() throws Exception {
        JsonNode merged = JSON.readTree(given().when().get("/q/openapi").then().extract().asByteArray());
        List<String> refs = new ArrayList<>();
        collectRefs(merged, refs);
        for (String ref : refs) {
            String[] parts = ref.substring(2).split("/");
            JsonNode target = merged;
            for (String part : parts) {
                target = target.path(part);
            }
            assertTrue(!target.isMissingNode(), "dangling " + ref);
        }
        List<String> ids = new ArrayList<>();
        merged.path("paths").forEach(item -> item.forEach(op -> {
            if (op.has("operationId")) {
                ids.add(op.get("operationId").asText());
            }
        }));
        assertEquals(ids.size(), ids.stream().distinct().count(), "operation ids " + ids);
    }

    @Test
    void theMergedDocumentIsValidOpenApi() {
        String document = given().when().get("/q/openapi").then().statusCode(200).extract().asString();
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document);
        assertTrue(result.getMessages() == null || result.getMessages().isEmpty(),
                "parser messages: " + result.getMessages());
        assertEquals("Yanhu Open Data API", result.getOpenAPI().getInfo().getTitle());
    }

    @Test
    void everyProxiedOperationDocumentsTheGatewaysOwnAnswers() {
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/observations'.get.responses.'429'.'$ref'",
                        equalTo("#/components/responses/GatewayTooManyRequests"))
                .body("paths.'/api/v1/observations'.get.responses.'503'.'$ref'",
                        equalTo("#/components/responses/GatewayUpstreamUnavailable"))
                .body("paths.'/api/v1/projects'.get.responses.'504'.'$ref'",
                        equalTo("#/components/responses/GatewayUpstreamTimeout"))
                .body("paths.'/api/v1/search'.get.responses.keySet()", hasItems("200", "400", "429"));
    }

    @Test
    void yamlIsOfferedToo() {
        given().queryParam("format", "yaml")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .contentType(containsString("yaml"))
                .body(containsString("openapi: 3.1.0"));
        given().header("Accept", "application/yaml")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .contentType(containsString("yaml"));
    }

    @Test
    void anUnchangedDocumentIsNotSentAgain() {
        String etag = given().when().get("/q/openapi").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag)
                .when().get("/q/openapi")
                .then().statusCode(304);
    }

    @Test
    void swaggerUiShowsTheMergedDocumentAndDocsLeadsThere() {
        given().redirects().follow(false)
                .when().get("/docs")
                .then().statusCode(302)
                .header("Location", "/q/swagger-ui/");
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .contentType(containsString("text/html"));
    }

    private static void collectRefs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (name.equals("$ref") && node.get(name).isTextual()) {
                    out.add(node.get(name).asText());
                } else {
                    collectRefs(node.get(name), out);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, out));
        }
    }
}
