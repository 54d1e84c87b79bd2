package org.yanhu.opendata.indicators;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.api.judgement.QuotedQualifier;

/** Fails when a served observation breaks a rule of DATA-REVIEW.md; the message lists every row that does. */
@QuarkusTest
class ServedDataRulesTest {

    @Test
    void noLevelIsServedWithASpanPeriod() {
        Map<String, String> measures = new HashMap<>();
        for (Map<String, Object> i : given().queryParam("limit", 1000).get("/api/v1/indicators").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("items")) {
            measures.put((String) i.get("code"), (String) ((Map<?, ?>) i.get("measure")).get("code"));
        }
        List<String> broken = new ArrayList<>();
        for (Map<String, Object> o : servedObservations()) {
            if ("level".equals(measures.get(o.get("indicator"))) && o.get("period").toString().contains("-")) {
                broken.add(o.get("id").toString());
            }
        }
        assertEquals(List.of(), broken, "levels served with a span period");
    }

    @Test
    void everyQualifierWordOfAQuoteIsOnItsRow() {
        List<String> broken = new ArrayList<>();
        for (Map<String, Object> o : servedObservations()) {
            String quote = (String) ((Map<?, ?>) o.get("source")).get("quote");
            String comparator = (String) ((Map<?, ?>) o.get("comparator")).get("code");
            List<String> quoted = QuotedQualifier.comparatorsOf(quote, new BigDecimal(o.get("value").toString()))
                    .stream().map(c -> c.code()).toList();
            if (!quoted.contains(comparator)) {
                broken.add(o.get("id") + ": the quote says " + quoted + ", the row " + comparator);
            }
        }
        assertEquals(List.of(), broken, "comparators that differ from the quote's qualifier word");
    }

    private static List<Map<String, Object>> servedObservations() {
        return given().queryParam("limit", 1000).queryParam("region", "140802").get("/api/v1/observations").then()
                .statusCode(200).extract().jsonPath().getList("items");
    }
}
