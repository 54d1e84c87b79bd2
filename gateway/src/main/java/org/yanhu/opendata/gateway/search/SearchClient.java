package org.yanhu.opendata.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.yanhu.opendata.api.paging.PageResponse;
import org.yanhu.opendata.gateway.upstream.NoUpstreamAnsweredException;
import org.yanhu.opendata.gateway.upstream.UpstreamClient;
import org.yanhu.opendata.gateway.upstream.UpstreamReply;
import org.yanhu.opendata.gateway.upstream.UpstreamUnavailableException;

/**
 * Searches indicators, projects and pledges at once through the services' own list endpoints with
 * q=, and ranks the hits in one list ({@link SearchRanking}). A service that does not answer leaves
 * its hits out and says so; when none answers, the search fails with {@link NoUpstreamAnsweredException}.
 */
@ApplicationScoped
public class SearchClient {

    /** A kind of thing that can be found, and the list endpoint that finds it. */
    public record Target(String type, String upstream, String listPath) {
    }

    public static final List<Target> TARGETS = List.of(
            new Target("indicator", "indicators", "/api/v1/indicators"),
            new Target("project", "projects", "/api/v1/projects"),
            new Target("pledge", "projects", "/api/v1/pledges"));

    public static final List<String> TYPES = TARGETS.stream().map(Target::type).toList();

    @Inject
    UpstreamClient client;

    @Inject
    ObjectMapper mapper;

    private record Outcome(Target target, List<SearchHit> hits, String problem) {
    }

    public Future<SearchResults> search(String query, List<String> types, int limit, String requestId) {
        String q = query.trim();
        List<Future<Outcome>> calls = new ArrayList<>();
        for (Target target : TARGETS) {
            if (types.contains(target.type())) {
                calls.add(ask(target, q, limit, requestId));
            }
        }
        return Future.join(calls).map(done -> {
            List<SearchHit> hits = new ArrayList<>();
            List<SearchResults.SourceStatus> sources = new ArrayList<>();
            boolean complete = true;
            for (Future<Outcome> call : calls) {
                Outcome outcome = call.result();
                hits.addAll(outcome.hits());
                complete &= outcome.problem() == null;
                sources.add(new SearchResults.SourceStatus(outcome.target().type(), outcome.target().upstream(),
                        outcome.problem() == null ? "ok" : "unavailable", outcome.hits().size(), outcome.problem()));
            }
            if (sources.stream().noneMatch(source -> source.status().equals("ok"))) {
                throw new NoUpstreamAnsweredException("No service could be searched: " + sources.stream()
                        .map(SearchResults.SourceStatus::detail).distinct().reduce((a, b) -> a + "; " + b).orElse(""));
            }
            hits.sort(SearchRanking.BEST_FIRST);
            List<SearchHit> page = hits.size() > limit ? hits.subList(0, limit) : hits;
            return new SearchResults(q, List.copyOf(page), new PageResponse.PageInfo(limit, null, (long) hits.size()),
                    complete, sources);
        });
    }

    private Future<Outcome> ask(Target target, String q, int limit, String requestId) {
        String uri = target.listPath() + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&limit=" + limit;
        return client.getJson(target.upstream(), uri, "search", requestId)
                .map(reply -> outcome(target, q, reply))
                .otherwise(error -> new Outcome(target, List.of(),
                        UpstreamUnavailableException.publicReason(target.upstream(), error)));
    }

    private Outcome outcome(Target target, String q, UpstreamReply reply) {
        if (!reply.isSuccess()) {
            return new Outcome(target, List.of(), "The " + target.upstream() + " service answered " + reply.status()
                    + " to " + target.listPath());
        }
        List<SearchHit> hits = new ArrayList<>();
        for (JsonNode item : reply.json(mapper).path("items")) {
            hits.add(SearchRanking.hit(target, q, item));
        }
        return new Outcome(target, hits, null);
    }
}
