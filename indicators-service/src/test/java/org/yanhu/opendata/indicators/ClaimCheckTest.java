package org.yanhu.opendata.indicators;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The claim check at its edges, over HTTP against the seeded dataset: GDP 2023 is 突破400亿元 (gt 400),
 * tourist visits 2023 are 近641万人次 (approx, just under), cold-chain firms 2025 are 130余家 (approx, just
 * over), fixed-asset investment 2023 is 120亿元 (eq).
 */
@QuarkusTest
class ClaimCheckTest {

    private static ValidatableResponse check(String indicator, String period, Object value, String... more) {
        var request = given().queryParam("indicator", indicator).queryParam("period", period).queryParam("value", value);
        for (int i = 0; i + 1 < more.length; i += 2) {
            request = request.queryParam(more[i], more[i + 1]);
        }
        return request.get("/api/v1/claims/check").then();
    }

    @Test
    void theReadmeExample400AgainstMoreThan400IsConsistentNotAMatch() {
        check("GDP", "2023", 400, "unit", "亿元").statusCode(200)
                .body("verdict", equalTo("consistent"))
                .body("published.comparator.code", equalTo("gt"))
                .body("published_allows.lower", equalTo(400))
                .body("published_allows.lower_inclusive", equalTo(true))
                .body("published_allows.upper", nullValue())
                .body("$", not(hasKey("consistent_with_qualifier")))
                .body("explanation.en", allOf(containsString("400 亿元 or more"), containsString("全区地区生产总值突破400亿元")))
                .body("explanation.zh", allOf(containsString("400亿元及以上"), containsString("全区地区生产总值突破400亿元")));
    }

    @Test
    void moreThanIsMatchedOnlyByTheSameQualifier() {
        check("GDP", "2023", 400, "comparator", "gt").statusCode(200).body("verdict", equalTo("matches"))
                .body("claim.comparator.code", equalTo("gt"));
    }

    @Test
    void aClaimAboveAMoreThanFigureIsConsistentAndOneBelowContradicts() {
        check("GDP", "2023", 410).statusCode(200).body("verdict", equalTo("consistent"));
        check("GDP", "2023", "399.9").statusCode(200).body("verdict", equalTo("contradicts"))
                .body("explanation.en", containsString("outside"));
    }

    @Test
    void aClaimWithItsOwnComparatorIsASetToo() {
        check("GDP", "2023", 500, "comparator", "gte").statusCode(200).body("verdict", equalTo("consistent"));
        check("GDP", "2023", 400, "comparator", "lt").statusCode(200).body("verdict", equalTo("contradicts"));
        check("GDP", "2023", 401, "comparator", "lte").statusCode(200).body("verdict", equalTo("consistent"));
        check("FIXED_ASSET_INVESTMENT", "2023", 120, "comparator", "gt").statusCode(200)
                .body("verdict", equalTo("contradicts"));
        check("FIXED_ASSET_INVESTMENT", "2023", 120, "comparator", "gte").statusCode(200)
                .body("verdict", equalTo("consistent"));
        check("FIXED_ASSET_INVESTMENT", "2023", 119, "comparator", "approx").statusCode(200)
                .body("verdict", equalTo("consistent"));
        check("GDP", "2023", 400, "comparator", "roughly").statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("approx"));
    }

    @Test
    void aGreaterOrEqualTargetAllowsItsBoundary() {
        check("GRAIN_SOWN_AREA", "2024", "50.5", "kind", "target").statusCode(200)
                .body("verdict", equalTo("consistent"));
        check("GRAIN_SOWN_AREA", "2024", "50.4", "kind", "target").statusCode(200)
                .body("verdict", equalTo("contradicts"));
        check("GRAIN_SOWN_AREA", "2024", "50.5", "kind", "target", "comparator", "gte").statusCode(200)
                .body("verdict", equalTo("matches"));
    }

    @Test
    void nearlyMeansJustUnderWithinOneUnitOfTheLastDigit() {
        check("TOURIST_VISITS", "2023", 635).statusCode(200).body("verdict", equalTo("contradicts"));
        check("TOURIST_VISITS", "2023", 645).statusCode(200).body("verdict", equalTo("contradicts"));
        check("TOURIST_VISITS", "2023", "639.9").statusCode(200).body("verdict", equalTo("contradicts"));
        check("TOURIST_VISITS", "2023", 640).statusCode(200).body("verdict", equalTo("consistent"));
        check("TOURIST_VISITS", "2023", 641).statusCode(200).body("verdict", equalTo("consistent"))
                .body("published_allows.lower", equalTo(640)).body("published_allows.upper", equalTo(641));
        check("TOURIST_VISITS", "2023", "641.1").statusCode(200).body("verdict", equalTo("contradicts"));
        check("TOURIST_VISITS", "2023", 641, "comparator", "approx").statusCode(200)
                .body("verdict", equalTo("matches"));
    }

    @Test
    void overMeansJustOver() {
        check("COLD_CHAIN_LOGISTICS_ENTERPRISES", "2025", 129).statusCode(200).body("verdict", equalTo("contradicts"));
        check("COLD_CHAIN_LOGISTICS_ENTERPRISES", "2025", 130).statusCode(200).body("verdict", equalTo("consistent"));
        check("COLD_CHAIN_LOGISTICS_ENTERPRISES", "2025", 140).statusCode(200).body("verdict", equalTo("consistent"))
                .body("published_allows.lower", equalTo(130)).body("published_allows.upper", equalTo(140));
        check("COLD_CHAIN_LOGISTICS_ENTERPRISES", "2025", 141).statusCode(200).body("verdict", equalTo("contradicts"));
    }

    @Test
    void unitsOfTheSameDimensionAreConvertedFirst() {
        check("GDP", "2023", "40000000000", "unit", "CNY").statusCode(200).body("verdict", equalTo("consistent"))
                .body("claim.base_value", equalTo(40000000000L));
        check("GDP", "2023", "4100000", "unit", "万元").statusCode(200).body("verdict", equalTo("consistent"))
                .body("claim.base_value", equalTo(41000000000L));
        check("GDP", "2023", "3990000", "unit", "万元").statusCode(200).body("verdict", equalTo("contradicts"));
        check("TOURIST_VISITS", "2023", "6405000", "unit", "person_visit").statusCode(200)
                .body("verdict", equalTo("consistent"));
    }

    @Test
    void aUnitOfAnotherDimensionIsA400NamingBothUnits() {
        check("GDP", "2023", 1000000, "unit", "人").statusCode(400).contentType("application/problem+json")
                .body("detail", allOf(containsString("'人'"), containsString("'亿元'")))
                .body("errors[0].field", equalTo("unit"));
    }

    @Test
    void nothingPublishedListsTheNearestPeriods() {
        check("GDP", "2019", 300).statusCode(200)
                .body("verdict", equalTo("not_published"))
                .body("published", nullValue())
                .body("published_allows", nullValue())
                .body("nearest_periods[0]", equalTo("2023"))
                .body("explanation.en", allOf(containsString("Nothing was published"), containsString("2023")));
        check("GDP", "2023", 300, "kind", "target").statusCode(200).body("verdict", equalTo("not_published"))
                .body("nearest_periods", empty());
    }

    @Test
    void severalVersionsAreJudgedAgainstTheCurrentOneAndListed() {
        ImportTest.post(ImportTest.batch("TEST_CLAIM_VERSIONS", List.of(
                ImportTest.row("TEST_CLAIM_VERSIONS", "2024", "10", "test-2024", "测试值10亿元"),
                ImportTest.row("TEST_CLAIM_VERSIONS", "2024", "12", "test-2025", "测试值修订为12亿元"))))
                .statusCode(200);
        check("TEST_CLAIM_VERSIONS", "2024", 10, "region", "149999").statusCode(200)
                .body("verdict", equalTo("contradicts"))
                .body("published.value", equalTo(12))
                .body("other_versions.value", hasItem(10))
                .body("other_versions[0].is_current", equalTo(false))
                .body("explanation.en", containsString("other versions: v1"));
    }
}
