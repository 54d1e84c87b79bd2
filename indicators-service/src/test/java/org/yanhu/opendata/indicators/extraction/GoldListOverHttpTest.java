package org.yanhu.opendata.indicators.extraction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yanhu.opendata.indicators.extraction.GoldList.GoldFigure;

/**
 * The whole workflow on both seed reports, over HTTP: each seed's text is posted through POST /api/v1/sources
 * (it attaches to the seed's published source), extracted, and its candidates, read page by page, are measured
 * against the hand-reviewed gold list with the rules of {@link ExtractGoldListTest}.
 */
@QuarkusTest
class GoldListOverHttpTest {

    record Found(String id, BigDecimal value, String unit, String comparator, String kind, String period, int start,
                 int end, String quote) {
    }

    static List<String> seeds() {
        return GoldList.SEEDS;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSeedPostedThroughTheApiIsExtractedWithTheRecallAndPrecisionOfTheIssue(String documentId) {
        String text = GoldList.seed(documentId);
        Map<String, String> published = GoldList.rows("dataset/sources.csv").stream()
                .filter(r -> r.get("id").equals(documentId)).findFirst().orElseThrow();
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("id", documentId);
        source.put("title", Map.of("zh", published.get("title_zh"), "en", published.get("title_en")));
        source.put("published_on", published.get("published_on"));
        source.put("region", published.get("region_code"));
        source.put("text", text);
        given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON).body(source)
                .post("/api/v1/sources").then().statusCode(anyOf(equalTo(201), equalTo(200)));
        assertEquals(text, given().get("/api/v1/sources/" + documentId + "/text").then().statusCode(200)
                .extract().asString());

        given().header("Authorization", "Bearer test-key").post("/api/v1/sources/" + documentId + "/extraction")
                .then().statusCode(201);
        List<Found> candidates = candidates(documentId);

        int[] cps = text.codePoints().toArray();
        for (Found c : candidates) {
            assertEquals(c.quote(), new String(cps, c.start(), c.end() - c.start()), "quote of " + c.id());
        }

        List<GoldFigure> gold = GoldList.of(documentId);
        Set<Found> used = new HashSet<>();
        List<String> misses = new ArrayList<>();
        for (GoldFigure g : gold) {
            Found exact = candidates.stream().filter(c -> !used.contains(c) && matches(c, g)
                    && c.comparator().equals(g.comparator()) && c.kind().equals(g.kind())
                    && g.period().equals(c.period())).findFirst().orElse(null);
            if (exact == null) {
                misses.add(g.value() + g.unit() + " «" + g.quote() + "»");
            } else {
                used.add(exact);
            }
        }
        long matching = candidates.stream().filter(c -> gold.stream().anyMatch(g -> matches(c, g))).count();
        double recall = (double) used.size() / gold.size();
        double precision = (double) matching / candidates.size();
        System.out.printf("extraction over HTTP %s: recall %.1f%% (%d of %d), precision %.1f%% (%d of %d)%n",
                documentId, 100 * recall, used.size(), gold.size(), 100 * precision, matching, candidates.size());
        assertTrue(recall >= ExtractGoldListTest.MIN_RECALL, () -> "recall " + recall + ", missed " + misses);
        assertTrue(precision >= ExtractGoldListTest.MIN_PRECISION, () -> "precision " + precision);
    }

    /** Every candidate of the source, following page.next with a small page so that paging is exercised. */
    static List<Found> candidates(String documentId) {
        List<Found> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 25);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/sources/" + documentId + "/candidates").then().statusCode(200)
                    .extract().jsonPath();
            for (Map<String, Object> c : page.<Map<String, Object>>getList("items")) {
                all.add(new Found((String) c.get("id"), new BigDecimal(String.valueOf(c.get("value"))),
                        (String) c.get("unit"), (String) c.get("comparator"), (String) c.get("kind"),
                        (String) c.get("period"), (Integer) c.get("start"), (Integer) c.get("end"),
                        (String) c.get("quote")));
            }
            cursor = page.getString("page.next");
        } while (cursor != null);
        return all;
    }

    static boolean matches(Found c, GoldFigure g) {
        return c.value().compareTo(g.value()) == 0 && c.unit().equals(g.unit()) && c.start() < g.end()
                && g.start() < c.end();
    }
}
