package org.yanhu.opendata.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiMerger.Identity IDENTITY = new OpenApiMerger.Identity("Merged", "1", "All of it",
            "https://api.example.org");

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private final JsonNode gateway = json("""
            {'openapi':'3.1.0','info':{'title':'gw','version':'1'},
             'paths':{'/api/v1/search':{'get':{'operationId':'search','responses':{'200':{'description':'ok'}}}}},
             'components':{'schemas':{'Problem':{'type':'object'}}}}""");

    OpenApiMergerTest() throws IOException {
    }

    private ObjectNode merge(OpenApiMerger.Source... sources) {
        return new OpenApiMerger().merge(gateway, List.of(sources), IDENTITY).document();
    }

    private static OpenApiMerger.Source source(String name, JsonNode document) {
        return new OpenApiMerger.Source(name, document, path -> true);
    }

    @Test
    void aNameWithTwoShapesFailsTheMergeNamingBothDocumentsAndRenamesNothing() throws IOException {
        JsonNode indicators = json("""
                {'openapi':'3.1.0','paths':{'/a':{'get':{'operationId':'listA','responses':{'200':{'description':'ok',
                 'content':{'application/json':{'schema':{'$ref':'#/components/schemas/Page'}}}}}}}},
                 'components':{'schemas':{'Page':{'type':'object','properties':{'items':{'$ref':'#/components/schemas/Item'}}},
                 'Item':{'type':'string'}}}}""");
        JsonNode projects = json("""
                {'openapi':'3.1.0','paths':{'/b':{'get':{'operationId':'listB','responses':{'200':{'description':'ok',
                 'content':{'application/json':{'schema':{'$ref':'#/components/schemas/Page'}}}}}}}},
                 'components':{'schemas':{'Page':{'type':'object','properties':{'items':{'$ref':'#/components/schemas/Item'}}},
                 'Item':{'type':'integer'}}}}""");

        OpenApiClashException refused = assertThrows(OpenApiClashException.class,
                () -> merge(source("indicators", indicators), source("projects", projects)));

        assertEquals(1, refused.clashes().size(), refused.getMessage());
        ComponentClash clash = refused.clashes().get(0);
        assertEquals("schemas", clash.type());
        assertEquals("Item", clash.name());
        assertEquals("indicators", clash.first());
        assertEquals("projects", clash.second());
        assertEquals("/type: \"string\" versus \"integer\"", clash.difference());
        assertTrue(refused.getMessage().contains("components/schemas/Item means two shapes"), refused.getMessage());
    }

    @Test
    void theSameShapeInOtherWordsIsSharedAndTheFirstWordingKept() throws IOException {
        JsonNode indicators = json("""
                {'openapi':'3.1.0','paths':{},'components':{'schemas':{'Citation':{'type':'object',
                 'properties':{'quote':{'type':'string','description':'The verbatim fragment that states the figure',
                 'examples':['全区地区生产总值突破400亿元']}}}}}}""");
        JsonNode projects = json("""
                {'openapi':'3.1.0','paths':{},'components':{'schemas':{'Citation':{'type':'object',
                 'properties':{'quote':{'type':'string','description':'The verbatim fragment',
                 'examples':['广燃150兆瓦光伏电站一期']}}}}}}""");

        OpenApiMerger.Result result = new OpenApiMerger().merge(gateway, List.of(source("indicators", indicators),
                source("projects", projects)), IDENTITY);

        JsonNode schemas = result.document().path("components").path("schemas");
        assertEquals("The verbatim fragment that states the figure",
                schemas.at("/Citation/properties/quote/description").asText());
        assertEquals(List.of("Citation", "Problem"), names(schemas));
        assertTrue(result.notes().stream().anyMatch(note -> note.startsWith("projects: components/schemas/Citation")),
                result.notes().toString());
    }

    @Test
    void aPropertyNamedLikeADocumentationKeywordIsPartOfTheShape() throws IOException {
        JsonNode one = json("""
                {'openapi':'3.1.0','paths':{},'components':{'schemas':{'Topic':{'type':'object',
                 'properties':{'description':{'type':'string'}}}}}}""");
        JsonNode other = json("""
                {'openapi':'3.1.0','paths':{},'components':{'schemas':{'Topic':{'type':'object',
                 'properties':{'title':{'type':'string'}}}}}}""");

        OpenApiClashException refused = assertThrows(OpenApiClashException.class,
                () -> merge(source("a", one), source("b", other)));
        assertEquals("/properties/description only in the first", refused.clashes().get(0).difference());
    }

    @Test
    void anOperationIdUsedTwiceFailsTheMerge() throws IOException {
        JsonNode service = json("""
                {'openapi':'3.1.0','paths':{'/api/v1/find':{'get':{'operationId':'search',
                 'responses':{'200':{'description':'ok'}}}}}}""");

        OpenApiClashException refused = assertThrows(OpenApiClashException.class,
                () -> merge(source("svc", service)));
        assertEquals(List.of("operationId search is used by gateway GET /api/v1/search and by svc GET /api/v1/find"),
                refused.operationIdClashes());
    }

    @Test
    void identicalComponentsAreSharedUnderTheirOwnName() throws IOException {
        JsonNode one = json("""
                {'openapi':'3.1.0','paths':{},'components':{'schemas':{'Label':{'type':'object'},
                 'Problem':{'type':'object'}}}}""");
        JsonNode schemas = merge(source("a", one), source("b", one)).path("components").path("schemas");
        assertEquals(List.of("Label", "Problem"), names(schemas));
    }

    @Test
    void pathsTheGatewayDoesNotRouteToAServiceAreLeftOut() throws IOException {
        JsonNode service = json("""
                {'openapi':'3.1.0','paths':{'/api/v1/mine':{'get':{'responses':{'200':{'description':'ok'}}}},
                 '/api/v1/theirs':{'get':{'responses':{'200':{'description':'ok'}}}}}}""");
        OpenApiMerger.Result result = new OpenApiMerger().merge(gateway, List.of(
                new OpenApiMerger.Source("svc", service, path -> path.equals("/api/v1/mine"))), IDENTITY);
        assertTrue(result.document().path("paths").has("/api/v1/mine"));
        assertFalse(result.document().path("paths").has("/api/v1/theirs"));
        assertTrue(result.notes().stream().anyMatch(note -> note.contains("/api/v1/theirs")));
    }

    @Test
    void proxiedOperationsNameTheirUpstreamAndDocumentTheGatewaysOwnAnswers() throws IOException {
        JsonNode service = json("""
                {'openapi':'3.1.0','paths':{'/api/v1/mine':{'get':{'operationId':'listMine',
                 'responses':{'200':{'description':'ok'}}}}}}""");
        ObjectNode merged = merge(source("svc", service));
        assertEquals("svc", merged.at("/paths/~1api~1v1~1mine/get/x-upstream").asText());
        assertEquals("#/components/responses/GatewayUpstreamUnavailable",
                merged.at("/paths/~1api~1v1~1mine/get/responses/503/$ref").asText());
        assertEquals("#/components/responses/GatewayTooManyRequests",
                merged.at("/paths/~1api~1v1~1search/get/responses/429/$ref").asText());
        assertTrue(merged.at("/paths/~1api~1v1~1search/get/responses/503").isMissingNode(),
                "the gateway's own operation answers its own 503s");
    }

    @Test
    void aServicesDocumentWideSecurityStaysWithItsOwnOperations() throws IOException {
        JsonNode service = json("""
                {'openapi':'3.1.0','security':[{'key':[]}],
                 'paths':{'/w':{'post':{'responses':{'200':{'description':'ok'}}}}},
                 'components':{'securitySchemes':{'key':{'type':'http','scheme':'bearer'}}}}""");
        ObjectNode merged = merge(source("svc", service));
        assertEquals("[{\"key\":[]}]", merged.at("/paths/~1w/post/security").toString());
        assertTrue(merged.at("/paths/~1api~1v1~1search/get/security").isMissingNode());
        assertEquals("[]", merged.get("security").toString());
    }

    @Test
    void theServerIsTheGateway() {
        ObjectNode merged = new OpenApiMerger().merge(gateway, List.of(), IDENTITY).document();
        assertEquals("https://api.example.org", merged.at("/servers/0/url").asText());
        assertEquals("Merged", merged.at("/info/title").asText());
    }

    /** The documents the services publish (staged in src/test/resources/upstream) merge as they are. */
    @Test
    void theServicesRealDocumentsMergeWithoutAClash() throws IOException {
        JsonNode indicators = resource("upstream/indicators-openapi.json");
        JsonNode projects = resource("upstream/projects-openapi.json");

        JsonNode bare = json("{'openapi':'3.1.0','info':{'title':'gw','version':'1'},'paths':{}}");

        ObjectNode merged = new OpenApiMerger().merge(bare, List.of(source("indicators", indicators),
                source("projects", projects)), IDENTITY).document();

        Set<String> expected = new TreeSet<>();
        for (JsonNode document : List.of(indicators, projects)) {
            expected.addAll(names(document.path("components").path("schemas")));
        }
        assertEquals(List.copyOf(expected), names(merged.path("components").path("schemas")),
                "every schema is published once, under its own name");
        assertTrue(merged.at("/components/schemas/Citation").isObject());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        names.sort(null);
        return names;
    }

    private static JsonNode resource(String path) throws IOException {
        try (InputStream in = OpenApiMergerTest.class.getClassLoader().getResourceAsStream(path)) {
            return JSON.readTree(in);
        }
    }
}
