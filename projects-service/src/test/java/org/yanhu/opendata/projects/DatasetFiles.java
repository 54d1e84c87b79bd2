package org.yanhu.opendata.projects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The dataset files as the tests read them, independently of the service: expectations are
 * computed from here, so tests stay right when the files change.
 */
final class DatasetFiles {

    /** Every entry of projects.yaml, the withdrawn ones included. */
    static final List<JsonNode> ALL_PROJECTS = list("dataset/projects.yaml");
    static final List<JsonNode> ALL_PLEDGES = list("dataset/pledges.yaml");
    static final List<JsonNode> WITHDRAWALS = list("dataset/withdrawals.yaml");
    /** The projects and pledges the API serves as current: the entries not withdrawn. */
    static final List<JsonNode> PROJECTS = current(ALL_PROJECTS, "project");
    static final List<JsonNode> PLEDGES = current(ALL_PLEDGES, "pledge");
    static final List<JsonNode> SOURCES = list("dataset/sources.yaml");

    private DatasetFiles() {
    }

    static Set<String> projectIds() {
        return PROJECTS.stream().map(p -> p.get("id").asText()).collect(Collectors.toCollection(TreeSet::new));
    }

    static JsonNode project(String id) {
        return PROJECTS.stream().filter(p -> p.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    static LocalDate publishedOn(String source) {
        return SOURCES.stream().filter(s -> s.get("id").asText().equals(source)).findFirst()
                .map(s -> LocalDate.parse(s.get("published_on").asText())).orElseThrow();
    }

    /** The status of the release with the latest source date; on a tie, the later one in the file. */
    static String currentStatus(JsonNode project) {
        JsonNode current = null;
        for (JsonNode release : project.get("releases")) {
            if (current == null || !publishedOn(release.get("source").asText())
                    .isBefore(publishedOn(current.get("source").asText()))) {
                current = release;
            }
        }
        String source = current.get("source").asText();
        boolean inPlan = SOURCES.stream().filter(s -> s.get("id").asText().equals(source)).findFirst()
                .map(s -> StreamSupport.stream(s.get("plans").spliterator(), false).map(JsonNode::asText).toList())
                .orElseThrow().contains(current.get("period").asText());
        return org.yanhu.opendata.api.judgement.StatusVerbs.derive(
                org.yanhu.opendata.api.judgement.StatusVerbs.verb(current.get("verb").asText()).orElseThrow(), inPlan)
                .status();
    }

    static boolean hasRelease(JsonNode project, String source) {
        return StreamSupport.stream(project.get("releases").spliterator(), false)
                .anyMatch(r -> r.get("source").asText().equals(source));
    }

    static boolean inSector(String sector, String filter) {
        return sector.equals(filter) || sector.startsWith(filter + ".");
    }

    /** The pledge status the rules give: latest outcome's judgement, else not_reported (reviewed year) or in_progress. */
    static String pledgeStatus(JsonNode pledge) {
        JsonNode latest = null;
        for (JsonNode outcome : pledge.get("outcomes")) {
            if (latest == null || !publishedOn(outcome.get("source").asText())
                    .isBefore(publishedOn(latest.get("source").asText()))) {
                latest = outcome;
            }
        }
        if (latest != null) {
            return latest.get("judgement").asText();
        }
        LocalDate pledged = publishedOn(pledge.get("source").asText());
        int year = pledge.get("year").asInt();
        boolean reviewed = SOURCES.stream().anyMatch(s -> LocalDate.parse(s.get("published_on").asText())
                .isAfter(pledged) && StreamSupport.stream(s.get("reviews").spliterator(), false)
                .map(JsonNode::asText).anyMatch(period -> covers(period, year)));
        return reviewed ? "not_reported" : "in_progress";
    }

    static Map<String, Long> countBy(List<JsonNode> nodes, java.util.function.Function<JsonNode, String> key) {
        Map<String, Long> counts = new HashMap<>();
        nodes.forEach(n -> counts.merge(key.apply(n), 1L, Long::sum));
        return counts;
    }

    private static boolean covers(String period, int year) {
        int start = Integer.parseInt(period.substring(0, 4));
        int end = period.length() > 4 ? Integer.parseInt(period.substring(5)) : start;
        return start <= year && year <= end;
    }

    private static List<JsonNode> current(List<JsonNode> entries, String kind) {
        Set<String> withdrawn = WITHDRAWALS.stream().filter(w -> w.hasNonNull(kind)).map(w -> w.get(kind).asText())
                .collect(Collectors.toSet());
        return entries.stream().filter(e -> !withdrawn.contains(e.get("id").asText())).toList();
    }

    private static List<JsonNode> list(String resource) {
        try (InputStream in = DatasetFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            List<JsonNode> out = new ArrayList<>();
            new YAMLMapper().readTree(in).forEach(out::add);
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
