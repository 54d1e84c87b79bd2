package org.yanhu.opendata.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.paging.PageResponse;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.gateway.rest.view.SearchHit;
import org.yanhu.opendata.gateway.rest.view.SearchResults;
import org.yanhu.opendata.gateway.upstream.UpstreamClient;
import org.yanhu.opendata.gateway.upstream.UpstreamReply;

/**
 * Searches indicators, projects and pledges at once through the services' own list endpoints with
 * q=, and ranks the hits in one list. A service that does not answer leaves its hits out and says so;
 * when none answers, the search is a 503.
 */
@ApplicationScoped
public class CrossServiceSearch {

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
                throw new ProblemException(503, "upstream-unavailable", "Upstream unavailable",
                        "No service could be searched: " + sources.stream().map(SearchResults.SourceStatus::detail)
                                .distinct().reduce((a, b) -> a + "; " + b).orElse(""),
                        null, Map.of("Retry-After", "5"));
            }
            hits.sort(Comparator.comparingDouble(SearchHit::score).reversed()
                    .thenComparingInt(hit -> TYPES.indexOf(hit.type()))
                    .thenComparing(hit -> hit.title() == null || hit.title().zh() == null ? "" : hit.title().zh()));
            List<SearchHit> page = hits.size() > limit ? hits.subList(0, limit) : hits;
            return new SearchResults(q, List.copyOf(page), new PageResponse.PageInfo(limit, null, (long) hits.size()),
                    complete, sources);
        });
    }

    private Future<Outcome> ask(Target target, String q, int limit, String requestId) {
        String uri = target.listPath() + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&limit=" + limit;
        return client.getJson(target.upstream(), uri, "search", requestId)
                .map(reply -> outcome(target, q, reply))
                .otherwise(error -> new Outcome(target, List.of(), error.getMessage()));
    }

    private Outcome outcome(Target target, String q, UpstreamReply reply) {
        if (!reply.isSuccess()) {
            return new Outcome(target, List.of(), "The " + target.upstream() + " service answered " + reply.status()
                    + " to " + target.listPath());
        }
        List<SearchHit> hits = new ArrayList<>();
        for (JsonNode item : reply.json(mapper).path("items")) {
            hits.add(hit(target, q, item));
        }
        return new Outcome(target, hits, null);
    }

    static SearchHit hit(Target target, String q, JsonNode item) {
        String id = text(item, "code", text(item, "id", ""));
        JsonNode titleNode = item.has("name") ? item.get("name") : item.has("text") ? item.get("text")
                : item.path("title");
        Label title = new Label(text(titleNode, "zh", null), text(titleNode, "en", null));
        JsonNode group = item.has("topic") ? item.get("topic") : item.path("sector");
        SearchHit.Category category = group.isObject() ? new SearchHit.Category(text(group, "code", null),
                new Label(text(group.path("label"), "zh", null), text(group.path("label"), "en", null))) : null;
        String link = text(item, "link", target.listPath() + "/" + id);
        return new SearchHit(target.type(), id, title, category, link, score(q, id, title));
    }

    /** Exact id or title 1; title starting with the query 0.8; containing it 0.6 to 0.7; elsewhere 0.3. */
    static double score(String q, String id, Label title) {
        String query = q.toLowerCase(Locale.ROOT);
        double best = id.equalsIgnoreCase(q) ? 1.0 : 0.3;
        for (String name : new String[] {title.zh(), title.en()}) {
            if (name == null || name.isEmpty()) {
                continue;
            }
            String text = name.toLowerCase(Locale.ROOT);
            if (text.equals(query)) {
                best = Math.max(best, 1.0);
            } else if (text.startsWith(query)) {
                best = Math.max(best, 0.8);
            } else if (text.contains(query)) {
                best = Math.max(best, 0.6 + 0.1 * query.length() / text.length());
            }
        }
        return Math.round(best * 1000) / 1000.0;
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }
}
