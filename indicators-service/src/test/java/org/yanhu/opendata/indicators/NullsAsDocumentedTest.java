package org.yanhu.opendata.indicators;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every null a real answer carries is one its documented schema admits: a client generated from the
 * document, or a validator (the reliability fuzzer validates every answer), would otherwise refuse the
 * answer. Each answer here holds nulls of a kind the fuzzer once found undocumented.
 */
@QuarkusTest
class NullsAsDocumentedTest {

    private static final String REFS = "#/components/schemas/";

    private static JsonPath document() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    /** The undocumented nulls of an answer of the operation GET {@code template}, as JSON paths. */
    private static List<String> undocumentedNulls(JsonPath doc, String template, String url) {
        Object answer = given().accept(ContentType.JSON).get(url).then().statusCode(200).extract().jsonPath()
                .get("$");
        Map<String, Object> schema = doc.getMap("paths.'" + template
                + "'.get.responses.'200'.content.'application/json'.schema");
        List<String> faults = new ArrayList<>();
        walk(doc, schema, answer, "$", faults);
        return faults;
    }

    @SuppressWarnings("unchecked")
    private static void walk(JsonPath doc, Map<String, Object> schema, Object value, String at, List<String> faults) {
        schema = resolve(doc, schema);
        if (value == null) {
            if (!admitsNull(doc, schema)) {
                faults.add(at + " is null, but its schema admits no null: " + schema);
            }
            return;
        }
        if (value instanceof Map<?, ?> object) {
            for (Map<String, Object> branch : branches(doc, schema)) {
                Map<String, Object> properties = (Map<String, Object>) branch.get("properties");
                if (properties != null) {
                    object.forEach((name, member) -> {
                        if (properties.get(name) != null) {
                            walk(doc, (Map<String, Object>) properties.get(name), member, at + "." + name, faults);
                        }
                    });
                }
            }
        } else if (value instanceof List<?> list) {
            for (Map<String, Object> branch : branches(doc, schema)) {
                if (branch.get("items") != null) {
                    for (int i = 0; i < list.size(); i++) {
                        walk(doc, (Map<String, Object>) branch.get("items"), list.get(i), at + "[" + i + "]", faults);
                    }
                }
            }
        }
    }

    /** A null passes only when every assertion of the schema lets it: its own type and, if any, one anyOf branch. */
    @SuppressWarnings("unchecked")
    private static boolean admitsNull(JsonPath doc, Map<String, Object> schema) {
        Object type = schema.get("type");
        boolean typeAdmits = type == null ? !schema.containsKey("$ref") || admitsNull(doc, resolve(doc, schema))
                : type instanceof List<?> types ? types.contains("null") : "null".equals(type);
        List<Map<String, Object>> anyOf = (List<Map<String, Object>>) schema.get("anyOf");
        boolean anyOfAdmits = anyOf == null || anyOf.stream().anyMatch(part -> admitsNull(doc, part));
        return typeAdmits && anyOfAdmits;
    }

    /** The schema and its anyOf branches, each resolved: where the properties may be described. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> branches(JsonPath doc, Map<String, Object> schema) {
        List<Map<String, Object>> out = new ArrayList<>(List.of(schema));
        if (schema.get("anyOf") instanceof List<?> anyOf) {
            anyOf.forEach(part -> out.add(resolve(doc, (Map<String, Object>) part)));
        }
        return out;
    }

    private static Map<String, Object> resolve(JsonPath doc, Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null || schema.containsKey("type") || schema.containsKey("anyOf")) {
            return schema;
        }
        return resolve(doc, doc.getMap("components.schemas.'" + ref.toString().substring(REFS.length()) + "'"));
    }

    @Test
    void anObservationThatWasNeverWithdrawnHasANullWithdrawalAsDocumented() {
        JsonPath doc = document();
        assertEquals(List.of(), undocumentedNulls(doc, "/api/v1/observations",
                "/api/v1/observations?indicator=NEW_SCHOOL_PLACES,GDP&versions=all"));
        assertEquals(List.of(), undocumentedNulls(doc, "/api/v1/indicators/{code}/observations",
                "/api/v1/indicators/GDP/observations"));
    }

    @Test
    void anIndicatorsLatestActualValueHasANullWithdrawalAsDocumented() {
        assertEquals(List.of(), undocumentedNulls(document(), "/api/v1/indicators/{code}", "/api/v1/indicators/GDP"));
    }

    @Test
    void aClaimCheckWithAndWithoutAPublishedFigureHasOnlyDocumentedNulls() {
        JsonPath doc = document();
        assertEquals(List.of(), undocumentedNulls(doc, "/api/v1/claims/check",
                "/api/v1/claims/check?indicator=GDP&period=2023&value=410&unit=亿元"));
        assertEquals(List.of(), undocumentedNulls(doc, "/api/v1/claims/check",
                "/api/v1/claims/check?indicator=GDP&period=1999&value=410&unit=亿元"));
    }

    @Test
    void aSourceWithoutSessionDatesHasNullSessionDatesAsDocumented() {
        String id = "test-src-no-session";
        int status = given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON)
                .body(Map.of("id", id, "title", Map.of("zh", "无会期的报告", "en", "A report without session dates"),
                        "published_on", "2025-02-20", "region", "140802", "text", "全区测试产值突破12亿元。\n"))
                .post("/api/v1/sources").statusCode();
        assertTrue(status == 201 || status == 200, "the source is stored: " + status);
        given().get("/api/v1/sources/" + id).then().statusCode(200)
                .body("session_start", org.hamcrest.Matchers.nullValue())
                .body("session_end", org.hamcrest.Matchers.nullValue());
        JsonPath doc = document();
        assertEquals(List.of(), undocumentedNulls(doc, "/api/v1/sources/{id}", "/api/v1/sources/" + id));
        assertEquals(List.of(), undocumentedNulls(doc, "/api/v1/sources", "/api/v1/sources?limit=1000"));
    }
}
