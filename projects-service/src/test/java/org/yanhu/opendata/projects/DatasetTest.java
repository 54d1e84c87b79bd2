package org.yanhu.opendata.projects;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.api.provenance.QuoteCheck;

/** The dataset files hold only what the documents say, and the API serves all of it (issue 3). */
@QuarkusTest
class DatasetTest {

    /** The seed documents, relative to the module directory: the repository's ../shared/seeds. */
    private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");

    private static Map<String, String> documents() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "The seed documents are not at " + SEEDS.toAbsolutePath()
                + "; quote checks need ../shared/seeds next to the repository");
        Map<String, String> texts = new HashMap<>();
        for (JsonNode source : DatasetFiles.SOURCES) {
            String id = source.get("id").asText();
            texts.put(id, Files.readString(SEEDS.resolve(id + ".txt"), StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static void checkQuote(Map<String, String> docs, String source, String quote, String where,
            List<String> problems) {
        String text = docs.get(source);
        if (text == null) {
            problems.add(where + ": unknown source " + source);
        } else if (quote == null || quote.isBlank() || !text.contains(quote)) {
            problems.add(where + ": quote not found verbatim in " + source + ": " + quote);
        }
    }

    /** The one quote rule of api-conventions, the same that the import applies. */
    private static boolean states(String quote, JsonNode value) {
        return QuoteCheck.statesValue(quote, new BigDecimal(value.asText()));
    }

    @Test
    void everyQuoteAppearsVerbatimInItsDocument() throws IOException {
        Map<String, String> docs = documents();
        List<String> problems = new ArrayList<>();
        for (JsonNode project : DatasetFiles.ALL_PROJECTS) {
            String id = project.get("id").asText();
            for (JsonNode release : project.get("releases")) {
                checkQuote(docs, release.get("source").asText(), release.get("quote").asText(), id + " release",
                        problems);
            }
            for (JsonNode metric : project.get("metrics")) {
                checkQuote(docs, metric.get("source").asText(), metric.get("quote").asText(), id + " metric",
                        problems);
            }
        }
        for (JsonNode pledge : DatasetFiles.ALL_PLEDGES) {
            String id = pledge.get("id").asText();
            checkQuote(docs, pledge.get("source").asText(), pledge.get("quote").asText(), id, problems);
            for (JsonNode outcome : pledge.get("outcomes")) {
                checkQuote(docs, outcome.get("source").asText(), outcome.get("quote").asText(), id + " outcome",
                        problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyMetricValueAppearsInItsQuote() {
        List<String> problems = new ArrayList<>();
        for (JsonNode project : DatasetFiles.ALL_PROJECTS) {
            for (JsonNode metric : project.get("metrics")) {
                if (!states(metric.get("quote").asText(), metric.get("value"))) {
                    problems.add(project.get("id").asText() + " " + metric.get("code").asText() + "="
                            + metric.get("value").asText() + " not in: " + metric.get("quote").asText());
                }
            }
        }
        for (JsonNode pledge : DatasetFiles.ALL_PLEDGES) {
            for (JsonNode target : pledge.get("targets")) {
                if (!states(pledge.get("quote").asText(), target.get("value"))) {
                    problems.add(pledge.get("id").asText() + " target " + target.get("code").asText() + " not in quote");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyProjectHasAtLeastOneReleaseWithASource() {
        Set<String> sources = new HashSet<>();
        DatasetFiles.SOURCES.forEach(s -> sources.add(s.get("id").asText()));
        for (JsonNode project : DatasetFiles.ALL_PROJECTS) {
            assertFalse(project.get("releases").isEmpty(), project.get("id").asText());
            for (JsonNode release : project.get("releases")) {
                assertTrue(sources.contains(release.get("source").asText()), project.get("id").asText());
            }
        }
    }

    @Test
    void idsAreUniqueReadableSlugs() {
        Set<String> ids = new HashSet<>();
        for (JsonNode project : DatasetFiles.ALL_PROJECTS) {
            String id = project.get("id").asText();
            assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), id);
            assertTrue(ids.add(id), "duplicate " + id);
        }
        Set<String> pledges = new HashSet<>();
        DatasetFiles.ALL_PLEDGES.forEach(p -> assertTrue(pledges.add(p.get("id").asText()), p.get("id").asText()));
    }

    @Test
    void theApiServesEveryProjectAndPledgeOfTheFiles() {
        for (String source : List.of("000_1861cacfb8655aea", "004_006121198c1df0a0")) {
            long expected = DatasetFiles.PROJECTS.stream().filter(p -> DatasetFiles.hasRelease(p, source)).count();
            int served = given().get("/api/v1/projects?limit=1&source=" + source).then().statusCode(200)
                    .extract().path("page.total");
            assertEquals(expected, served, source);
        }
        for (JsonNode project : DatasetFiles.PROJECTS) {
            String id = project.get("id").asText();
            var record = given().get("/api/v1/projects/" + id).then().statusCode(200).extract().jsonPath();
            assertEquals(project.get("releases").size(), record.getList("timeline").size(), id);
            assertEquals(project.get("metrics").size(), record.getList("metrics").size(), id);
            assertEquals(project.get("name").get("zh").asText(), record.getString("name.zh"), id);
        }
        for (int year : List.of(2024, 2026)) {
            long expected = DatasetFiles.PLEDGES.stream().filter(p -> p.get("year").asInt() == year).count();
            int served = given().get("/api/v1/pledges?limit=1&year=" + year).then().statusCode(200)
                    .extract().path("page.total");
            assertEquals(expected, served, "pledges of " + year);
        }
        long livelihood = DatasetFiles.PLEDGES.stream().filter(p -> p.get("livelihood").asBoolean()).count();
        assertEquals(12, livelihood);
        long outcomes = DatasetFiles.PLEDGES.stream().mapToLong(p -> p.get("outcomes").size()).sum();
        long servedOutcomes = 0;
        for (JsonNode pledge : DatasetFiles.PLEDGES) {
            servedOutcomes += given().get("/api/v1/pledges/" + pledge.get("id").asText()).then().statusCode(200)
                    .extract().jsonPath().getList("outcomes").size();
        }
        assertEquals(outcomes, servedOutcomes);
    }
}
