package org.yanhu.opendata.gateway.rest;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.yanhu.opendata.api.paging.PageRequest;
import org.yanhu.opendata.api.problem.Problem;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.api.requestid.RequestIds;
import org.yanhu.opendata.gateway.caching.AssembledAnswers;
import org.yanhu.opendata.gateway.caching.AssembledBytes;
import org.yanhu.opendata.gateway.caching.HttpCache;
import org.yanhu.opendata.gateway.search.SearchClient;
import org.yanhu.opendata.gateway.search.SearchResults;

@Path("/api/v1/search")
@Tag(name = "Search", description = "One search over indicators, projects and pledges")
public class SearchResource {

    @Inject
    SearchClient search;

    @Inject
    HttpCache cache;

    @Inject
    AssembledBytes bytes;

    @Inject
    MeterRegistry registry;

    /** One search, as the answer depends on it. */
    private record Query(String q, List<String> types, int limit) {
    }

    private AssembledAnswers<Query, SearchResults> answers;

    @PostConstruct
    void create() {
        answers = new AssembledAnswers<>(cache, bytes, registry, "search", List.of("indicators", "projects"),
                SearchResults::complete, results -> results.items().size());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "search", summary = "Search indicators, projects and pledges",
            description = """
                    Asks every service's list endpoint with q= (Chinese or English names and descriptions) \
                    and ranks all hits in one list. When a service does not answer, its hits are missing, \
                    complete is false and sources says why.""")
    @APIResponse(responseCode = "200", description = "Hits, best first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SearchResults.class),
                    examples = @ExampleObject(name = "tourism", value = """
                            {"query":"旅游","items":[{"type":"indicator","id":"TOURISM_REVENUE",
                            "title":{"zh":"旅游收入","en":"Tourism revenue"},
                            "category":{"code":"tourism","label":{"zh":"文化旅游","en":"Culture and tourism"}},
                            "link":"/api/v1/indicators/TOURISM_REVENUE","score":0.8}],
                            "page":{"limit":100,"next":null,"total":1},"complete":true,
                            "sources":[{"type":"indicator","service":"indicators","status":"ok","hits":1,"detail":null}]}""")))
    @APIResponse(responseCode = "400", description = "No query, a query over 200 characters, an unknown type or a "
            + "bad limit", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "No service could be searched",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<SearchResults>> search(
            @Parameter(description = "Words to find, in Chinese or English", required = true, example = "旅游")
            @QueryParam("q") @NotBlank @Size(max = 200) String q,
            @Parameter(description = "Kinds of things to search, comma-separated: indicator, project, pledge "
                    + "(default: all)", example = "indicator,project") @QueryParam("types") String types,
            @Parameter(description = "Most hits to return, 1 to 1000", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "1000", defaultValue = "100")) @QueryParam("limit") String limit,
            @Parameter(hidden = true) @HeaderParam(RequestIds.HEADER) String requestId,
            @Context HttpServerRequest request) {
        PageRequest page = PageRequest.parse(limit, null);
        List<String> wanted = types == null || types.isBlank() ? SearchClient.TYPES
                : Arrays.stream(types.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (wanted.isEmpty()) {
            // "types=," names no type at all: a bad filter, not a search of nothing.
            throw ProblemException.badRequest("types", "types names no type; give one or more of "
                    + String.join(", ", SearchClient.TYPES) + ", comma-separated, or leave it out for all");
        }
        for (String type : wanted) {
            if (!SearchClient.TYPES.contains(type)) {
                throw ProblemException.unknownCode("types", type, SearchClient.TYPES);
            }
        }
        Query query = new Query(q.trim(), List.copyOf(wanted), page.limit());
        return Uni.createFrom().completionStage(() -> answers.get(query, request,
                () -> search.search(q, wanted, page.limit(), requestId)).map(Answers::response).toCompletionStage());
    }
}
