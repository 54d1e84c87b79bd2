package org.yanhu.opendata.projects;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.api.judgement.QuotedQualifier;
import org.yanhu.opendata.api.judgement.StatusVerbs;

/** Fails when a served project or pledge breaks a rule of DATA-REVIEW.md; the message lists every row that does. */
@QuarkusTest
class ServedDataRulesTest {

    /** Places, residential compounds and companies of the reports: a name that is only one of them is no project name. */
    static final Set<String> PLACES = Set.of("北城", "北相", "安民", "大渠", "解州", "东郭", "龙居", "王范", "冯村", "姚孟",
            "西城", "马家窑", "金悦华府", "五洲观澜", "金磊", "大绿洲", "源城天禧", "星月达", "甲壳虫", "崇兴", "一诺", "正大",
            "中磁科技", "石药银湖", "宏明", "常新渠", "姚暹渠", "海城新渔业", "正大水产养殖", "后稷小学", "涑水联合双语学校");

    private static List<String> projectIds() {
        return given().queryParam("limit", 1000).get("/api/v1/projects").then().statusCode(200).extract().jsonPath()
                .getList("items.id");
    }

    private static boolean inPlan(String source, String period) {
        JsonNode doc = DatasetFiles.SOURCES.stream().filter(s -> s.get("id").asText().equals(source)).findFirst()
                .orElse(null);
        return doc != null && StreamSupport.stream(doc.get("plans").spliterator(), false)
                .anyMatch(p -> p.asText().equals(period));
    }

    @Test
    void everyStatusIsTheOneItsVerbGivesAndTheNameIsNotOnlyAPlace() {
        List<String> broken = new ArrayList<>();
        Map<String, List<String>> sharing = new java.util.TreeMap<>();
        for (String id : projectIds()) {
            if (id.startsWith("test-")) {
                continue; // written by another test
            }
            JsonPath p = given().get("/api/v1/projects/" + id).then().statusCode(200).extract().jsonPath();
            if (PLACES.contains(p.getString("name.zh"))) {
                broken.add(id + ": the zh name '" + p.getString("name.zh") + "' is only a place or company");
            }
            for (Map<String, Object> t : p.<Map<String, Object>>getList("timeline")) {
                String verb = (String) t.get("verb");
                String status = (String) ((Map<?, ?>) t.get("status")).get("code");
                String source = (String) ((Map<?, ?>) t.get("source")).get("id");
                var row = StatusVerbs.verb(verb);
                if (row.isEmpty()) {
                    broken.add(id + " " + t.get("period") + ": no verb of the table (" + verb + ")");
                } else if (!StatusVerbs.derive(row.get(), inPlan(source, (String) t.get("period"))).status().equals(status)) {
                    broken.add(id + " " + t.get("period") + ": " + verb + " does not give " + status);
                }
            }
            for (Map<String, Object> m : p.<Map<String, Object>>getList("metrics")) {
                String quote = (String) ((Map<?, ?>) m.get("source")).get("quote");
                List<String> quoted = QuotedQualifier.comparatorsOf(quote, new BigDecimal(m.get("value").toString()))
                        .stream().map(c -> c.code()).toList();
                String comparator = (String) ((Map<?, ?>) m.get("comparator")).get("code");
                if (!quoted.contains(comparator)) {
                    broken.add(id + " metric " + m.get("code") + ": the quote says " + quoted + ", the row " + comparator);
                }
                @SuppressWarnings("unchecked")
                List<String> sharedWith = (List<String>) m.get("shared_with");
                if (((String) m.get("code")).endsWith("_combined") && sharedWith.isEmpty()) {
                    broken.add(id + " metric " + m.get("code") + ": a combined figure that names no other project");
                }
                sharedWith.forEach(other -> sharing.computeIfAbsent(other, k -> new ArrayList<>()).add(id + " " + quote));
            }
        }
        // One figure, linked to all its projects: each project a figure names as sharing it names it back.
        sharing.forEach((other, citing) -> {
            JsonPath o = given().get("/api/v1/projects/" + other).then().statusCode(200).extract().jsonPath();
            for (String c : citing) {
                String id = c.substring(0, c.indexOf(' '));
                String quote = c.substring(c.indexOf(' ') + 1);
                boolean back = o.<Map<String, Object>>getList("metrics").stream().anyMatch(m -> quote.equals(
                        ((Map<?, ?>) m.get("source")).get("quote")) && ((List<?>) m.get("shared_with")).contains(id));
                if (!back) {
                    broken.add(other + ": shares a figure with " + id + " but does not name it");
                }
            }
        });
        assertEquals(List.of(), broken, "served projects that break a rule");
    }

    @Test
    void aCombinedFigureIsOneFigureThatEachOfItsProjectsLinksToTheOthers() {
        given().get("/api/v1/projects/planned-no10-primary-school").then().statusCode(200)
                .body("metrics.find { it.code == 'seats_added_combined' }.value", org.hamcrest.Matchers.is(5520))
                .body("metrics.find { it.code == 'seats_added_combined' }.shared_with", org.hamcrest.Matchers.contains(
                        "houji-primary-school-expansion", "sushui-united-bilingual-school-expansion"));
        given().get("/api/v1/projects/houji-primary-school-expansion").then().statusCode(200)
                .body("metrics.find { it.code == 'seats_added_combined' }.shared_with", org.hamcrest.Matchers.contains(
                        "planned-no10-primary-school", "sushui-united-bilingual-school-expansion"));
        // The history shows the same link on the release that added the figure.
        given().get("/api/v1/projects/planned-no10-primary-school/history").then().statusCode(200)
                .body("items.metrics.flatten().find { it.code == 'seats_added_combined' }.shared_with",
                        org.hamcrest.Matchers.hasSize(2));
        // A figure of one project alone links to nothing.
        given().get("/api/v1/projects/guangran-pv-150mw-phase1").then().statusCode(200)
                .body("metrics.shared_with.flatten()", org.hamcrest.Matchers.empty());
    }

    @Test
    void metOrExceededRestsOnStatedEvidenceAndTargetsCarryTheQuotesQualifier() {
        List<String> broken = new ArrayList<>();
        JsonPath pledges = given().queryParam("limit", 1000).get("/api/v1/pledges").then().statusCode(200)
                .extract().jsonPath();
        for (Map<String, Object> l : pledges.<Map<String, Object>>getList("items")) {
            if (!DatasetFiles.PLEDGES.stream().anyMatch(e -> e.get("id").asText().equals(l.get("id")))) {
                continue; // written by another test
            }
            String quote = (String) ((Map<?, ?>) l.get("source")).get("quote");
            for (Object o : (List<?>) l.get("outcomes")) {
                Map<?, ?> outcome = (Map<?, ?>) o;
                String judgement = (String) ((Map<?, ?>) outcome.get("judgement")).get("code");
                Map<?, ?> evidence = (Map<?, ?>) outcome.get("evidence");
                if (evidence == null) {
                    broken.add(l.get("id") + ": an outcome without evidence");
                } else if (Set.of("met", "exceeded").contains(judgement) && !"stated".equals(evidence.get("code"))) {
                    broken.add(l.get("id") + ": " + judgement + " on " + evidence.get("code") + " evidence");
                }
            }
            for (Object t : (List<?>) l.get("targets")) {
                Map<?, ?> target = (Map<?, ?>) t;
                List<String> quoted = QuotedQualifier.comparatorsOf(quote, new BigDecimal(target.get("value").toString()))
                        .stream().map(c -> c.code()).toList();
                String comparator = (String) ((Map<?, ?>) target.get("comparator")).get("code");
                if (!quoted.contains(comparator)) {
                    broken.add(l.get("id") + " target " + target.get("code") + ": the quote says " + quoted
                            + ", the row " + comparator);
                }
            }
        }
        assertEquals(List.of(), broken, "served pledges that break a rule");
    }
}
