package org.yanhu.opendata.indicators;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

@QuarkusTest
class AnalysisTest {

    @Test
    void claimsWithBadInputAreProblems() {
        given().queryParam("indicator", "GDP").queryParam("period", "2023").get("/api/v1/claims/check")
                .then().statusCode(400).body("errors[0].field", equalTo("value"));
        given().queryParam("indicator", "GDP").queryParam("period", "2023").queryParam("value", "lots")
                .get("/api/v1/claims/check").then().statusCode(400).body("errors[0].field", equalTo("value"));
        given().queryParam("indicator", "GDP").queryParam("period", "2023").queryParam("value", 1)
                .queryParam("unit", "万人次").get("/api/v1/claims/check")
                .then().statusCode(400).body("detail", containsString("CNY"));
        given().queryParam("indicator", "NOPE").queryParam("period", "2023").queryParam("value", 1)
                .get("/api/v1/claims/check").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("indicator", "GDP").queryParam("period", "2023").queryParam("value", 1)
                .queryParam("unit", "furlongs").get("/api/v1/claims/check").then().statusCode(400)
                .body("detail", containsString("亿元"));
    }

    @Test
    void targetsArePairedWithActualsOfTheSamePeriodAndJudged() {
        ImportTest.post(ImportTest.batch("TEST_TARGETS", List.of(
                Map.of("indicator", "TEST_TARGETS", "region", "149999", "period", "2024", "kind", "target",
                        "comparator", "gte", "value", "50", "unit", "亿元", "source", "test-2024",
                        "quote", "目标50亿元以上"),
                Map.of("indicator", "TEST_TARGETS", "region", "149999", "period", "2024", "kind", "actual",
                        "comparator", "eq", "value", "52", "unit", "亿元", "source", "test-2025",
                        "quote", "实际完成52亿元"))))
                .statusCode(200);
        given().queryParam("indicator", "TEST_TARGETS").get("/api/v1/target-results")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].outcome", equalTo("met"))
                .body("items[0].target.value", equalTo(50))
                .body("items[0].actual.value", equalTo(52))
                .body("items[0].explanation.en", containsString("met"));
        given().queryParam("indicator", "NOPE").get("/api/v1/target-results").then().statusCode(400);
    }

    @Test
    void theChartIsValidSvgWithBilingualLabelsQualifiersAndTheSource() throws Exception {
        String svg = given().get("/api/v1/indicators/GDP/chart.svg")
                .then().statusCode(200).contentType(containsString("image/svg+xml"))
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .extract().asString();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals(2, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength() - 3,
                "one bar for each of the two GDP figures, plus background and two legend keys");
        org.hamcrest.MatcherAssert.assertThat(svg, org.hamcrest.Matchers.allOf(
                containsString("地区生产总值"), containsString("Gross domestic product"),
                containsString("&gt;400亿元"), containsString("more than"),
                containsString("000_1861cacfb8655aea"), containsString("来源 Source")));
    }

    @Test
    void targetsAreDrawnDashed() {
        given().get("/api/v1/indicators/GRAIN_SOWN_AREA/chart.svg")
                .then().statusCode(200).body(containsString("stroke-dasharray")).body(containsString("≥50.5万亩"));
    }

    @Test
    void theChartOfAnUnknownIndicatorIsA404Problem() {
        given().get("/api/v1/indicators/NOPE/chart.svg").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("region", "../etc").get("/api/v1/indicators/GDP/chart.svg").then().statusCode(400);
    }
}
