package org.yanhu.opendata.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiMerger.Identity IDENTITY = new OpenApiMerger.Identity("Merged", "1", "All of it",
            "https://api.example.org");

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private final JsonNode gateway = json("""
            {'openapi':'3.1.0','info':{'title':'gw','version':'1'},
             'paths':{'/api/v1/search':{'get':{'operationId':'search','responses':{'200':{'description':'ok'}}}}},
             'components':{'schemas':{'Problem':{'type':'object'}}}}""");

    OpenApiMergerTest() throws Exception {
    }

    @Test
    void aClashThatOnlyShowsThroughAReferenceIsRenamedToo() throws Exception {
        // Both define Page and Item; the Items differ, so projects' Page (which points at its Item) differs too.
        JsonNode indicators = json("""
                {'openapi':'3.1.0','paths':{'/a':{'get':{'operationId':'listA','responses':{'200':{'description':'ok',
                 'content':{'application/json':{'schema':{'$ref':'#/components/schemas/Page'}}}}}}}},
                 'components':{'schemas':{'Page':{'type':'object','properties':{'items':{'$ref':'#/components/schemas/Item'}}},
                 'Item':{'type':'string'}}}}""");
        JsonNode projects = json("""
                {'openapi':'3.1.0','paths':{'/b':{'get':{'operationId':'listA','responses':{'200':{'description':'ok',
                 'content':{'application/json':{'schema':{'$ref':'#/components/schemas/Page'}}}}}}}},
                 'components':{'schemas':{'Page':{'type':'object','properties':{'items':{'$ref':'#/components/schemas/Item'}}},
                 'Item':{'type':'integer'}}}}""");

        ObjectNode merged = new OpenApiMerger().merge(gateway, List.of(
                new OpenApiMerger.Source("indicators", indicators, path -> true),
                new OpenApiMerger.Source("project-registry", projects, path -> true)), IDENTITY).document();

        JsonNode schemas = merged.path("components").path("schemas");
        assertEquals("string", schemas.path("Item").path("type").asText());
        assertEquals("integer", schemas.path("ProjectRegistryItem").path("type").asText());
        assertEquals("#/components/schemas/ProjectRegistryItem",
                schemas.path("ProjectRegistryPage").path("properties").path("items").path("$ref").asText());
        assertEquals("#/components/schemas/ProjectRegistryPage", merged.at(
                "/paths/~1b/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("projectRegistryListA", merged.at("/paths/~1b/get/operationId").asText());
        assertEquals("listA", merged.at("/paths/~1a/get/operationId").asText());
    }

    @Test
    void identicalComponentsAreShared() throws Exception {
        JsonNode one = json("""
                {'openapi':'3.1.0','paths':{},'components':{'schemas':{'Label':{'type':'object'},
                 'Problem':{'type':'object'}}}}""");
        ObjectNode merged = new OpenApiMerger().merge(gateway, List.of(
                new OpenApiMerger.Source("a", one, path -> true),
                new OpenApiMerger.Source("b", one, path -> true)), IDENTITY).document();
        JsonNode schemas = merged.path("components").path("schemas");
        assertTrue(schemas.has("Label"));
        assertFalse(schemas.has("ALabel"));
        assertFalse(schemas.has("BLabel"));
        assertFalse(schemas.has("BProblem"));
    }

    @Test
    void pathsTheGatewayDoesNotRouteToAServiceAreLeftOut() throws Exception {
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
    void aServicesDocumentWideSecurityStaysWithItsOwnOperations() throws Exception {
        JsonNode service = json("""
                {'openapi':'3.1.0','security':[{'key':[]}],
                 'paths':{'/w':{'post':{'responses':{'200':{'description':'ok'}}}}},
                 'components':{'securitySchemes':{'key':{'type':'http','scheme':'bearer'}}}}""");
        ObjectNode merged = new OpenApiMerger().merge(gateway, List.of(
                new OpenApiMerger.Source("svc", service, path -> true)), IDENTITY).document();
        assertEquals("[{\"key\":[]}]", merged.at("/paths/~1w/post/security").toString());
        assertTrue(merged.at("/paths/~1api~1v1~1search/get/security").isMissingNode());
    }

    @Test
    void theServerIsTheGateway() {
        ObjectNode merged = new OpenApiMerger().merge(gateway, List.of(), IDENTITY).document();
        assertEquals("https://api.example.org", merged.at("/servers/0/url").asText());
        assertEquals("Merged", merged.at("/info/title").asText());
    }
}
