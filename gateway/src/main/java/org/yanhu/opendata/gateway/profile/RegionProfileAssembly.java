package org.yanhu.opendata.gateway.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.gateway.upstream.NoUpstreamAnsweredException;
import org.yanhu.opendata.gateway.upstream.UpstreamReply;
import org.yanhu.opendata.gateway.upstream.UpstreamUnavailableException;

/**
 * Puts a region profile together from the services' answers. Each part that cannot be had is left
 * empty and named in {@code unavailable}; a region that indicators-service does not know is an
 * {@link UnknownRegionException}, and when neither service answers the profile fails with
 * {@link NoUpstreamAnsweredException}.
 */
final class RegionProfileAssembly {

    private static final String INDICATORS = "indicators";
    private static final String PROJECTS = "projects";

    private final ObjectMapper mapper;
    private final List<String> headlineIndicators;

    RegionProfileAssembly(ObjectMapper mapper, List<String> headlineIndicators) {
        this.mapper = mapper;
        this.headlineIndicators = headlineIndicators;
    }

    RegionProfile assemble(String code, Future<UpstreamReply> regions, Future<UpstreamReply> latest,
            Future<UpstreamReply> stats) {
        List<RegionProfile.Unavailable> unavailable = new ArrayList<>();
        RegionProfile.RegionRef region = new RegionProfile.RegionRef(code, null, null, null);
        List<RegionProfile.Figure> headline = List.of();
        Integer withData = null;

        Optional<JsonNode> regionList = body(INDICATORS, regions, unavailable);
        Optional<JsonNode> latestList = regionList.isPresent() ? body(INDICATORS, latest, unavailable)
                : Optional.empty();
        if (regionList.isPresent()) {
            JsonNode found = null;
            for (JsonNode item : regionList.get().path("items")) {
                if (code.equals(item.path("code").asText())) {
                    found = item;
                }
            }
            if (found == null) {
                throw new UnknownRegionException(code);
            }
            region = new RegionProfile.RegionRef(code, label(found.path("label")), text(found, "level"),
                    text(found, "parent"));
        }
        if (latestList.isPresent()) {
            List<JsonNode> items = new ArrayList<>();
            latestList.get().path("items").forEach(items::add);
            withData = items.size();
            headline = headline(code, items);
        }

        RegionProfile.ProjectCounts projects = body(PROJECTS, stats, unavailable).map(this::projectCounts)
                .orElse(null);
        if (regionList.isEmpty() && projects == null) {
            throw new NoUpstreamAnsweredException("Neither the indicators nor the projects service answered: "
                    + unavailable.stream().map(RegionProfile.Unavailable::detail).reduce((a, b) -> a + "; " + b)
                            .orElse(""));
        }
        return new RegionProfile(region, headline, withData, projects, unavailable.isEmpty(), unavailable,
                new RegionProfile.Links("/api/v1/observations?region=" + code + "&latest=true", "/api/v1/projects"));
    }

    private List<RegionProfile.Figure> headline(String code, List<JsonNode> latest) {
        Map<String, JsonNode> byIndicator = new LinkedHashMap<>();
        latest.forEach(item -> byIndicator.putIfAbsent(item.path("indicator").asText(), item));
        List<String> wanted = headlineIndicators;
        List<JsonNode> chosen = new ArrayList<>();
        if (wanted.isEmpty()) {
            chosen.addAll(byIndicator.values());
        } else {
            wanted.stream().map(byIndicator::get).filter(Objects::nonNull).forEach(chosen::add);
        }
        List<RegionProfile.Figure> figures = new ArrayList<>();
        for (JsonNode o : chosen) {
            JsonNode source = o.path("source");
            String indicator = o.path("indicator").asText();
            figures.add(new RegionProfile.Figure(indicator, label(o.path("indicator_name")), text(o, "period"),
                    text(o.path("comparator"), "code"), decimal(o.get("value")), text(o.path("unit"), "code"),
                    label(o.path("unit").path("label")), decimal(o.get("base_value")), text(o, "base_unit"),
                    new RegionProfile.Source(text(source, "id"), label(source.path("title")),
                            source.hasNonNull("published_on") ? LocalDate.parse(source.get("published_on").asText())
                                    : null,
                            text(source, "quote")),
                    "/api/v1/indicators/" + indicator + "/observations?region=" + code));
        }
        return figures;
    }

    /**
     * Reads projects-service's statistics: rows of {dimension, code, label, count} under items; the
     * sector and status rows with at least one project are kept, and the status rows add up to the total.
     */
    RegionProfile.ProjectCounts projectCounts(JsonNode stats) {
        JsonNode rows = stats.isArray() ? stats : stats.path("items");
        List<RegionProfile.Count> bySector = new ArrayList<>();
        List<RegionProfile.Count> byStatus = new ArrayList<>();
        for (JsonNode row : rows) {
            RegionProfile.Count count = new RegionProfile.Count(text(row, "code"), label(row.path("label")),
                    row.path("count").asLong());
            if (count.count() == 0) {
                continue;
            }
            switch (row.path("dimension").asText()) {
                case "sector" -> bySector.add(count);
                case "status" -> byStatus.add(count);
                default -> {
                    // sector groups and years are not part of the profile
                }
            }
        }
        long total = stats.has("total") ? stats.get("total").asLong()
                : byStatus.stream().mapToLong(RegionProfile.Count::count).sum();
        return new RegionProfile.ProjectCounts(total, bySector, byStatus, "/api/v1/projects");
    }

    private Optional<JsonNode> body(String service, Future<UpstreamReply> call, List<RegionProfile.Unavailable> out) {
        if (call.failed()) {
            add(out, service, UpstreamUnavailableException.publicReason(service, call.cause()));
            return Optional.empty();
        }
        UpstreamReply reply = call.result();
        if (!reply.isSuccess()) {
            add(out, service, "The " + service + " service answered " + reply.status());
            return Optional.empty();
        }
        try {
            return Optional.of(reply.json(mapper));
        } catch (IllegalStateException malformed) {
            add(out, service, "The " + service + " service answered with malformed JSON");
            return Optional.empty();
        }
    }

    private static void add(List<RegionProfile.Unavailable> out, String service, String detail) {
        if (out.stream().noneMatch(u -> u.service().equals(service))) {
            out.add(new RegionProfile.Unavailable(service, detail));
        }
    }

    private static Label label(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        return new Label(text(node, "zh"), text(node, "en"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() ? null : node.decimalValue();
    }
}
