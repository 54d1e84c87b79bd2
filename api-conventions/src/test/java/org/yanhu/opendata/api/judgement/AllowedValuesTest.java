package org.yanhu.opendata.api.judgement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.api.quantity.Approximation;
import org.yanhu.opendata.api.quantity.Comparator;

class AllowedValuesTest {

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    private static boolean consistent(AllowedValues published, Comparator claimed, String value) {
        return published.overlaps(AllowedValues.claimed(claimed, n(value)));
    }

    @Test
    void theToleranceIsOneUnitInTheLastNonZeroDigitCappedAtTenPercent() {
        assertEquals(n("1"), AllowedValues.tolerance(n("641")));
        assertEquals(n("10"), AllowedValues.tolerance(n("130")));
        assertEquals(n("0.1"), AllowedValues.tolerance(n("12.4")));
        assertEquals(n("60"), AllowedValues.tolerance(n("600")), "100 is capped at 10 % of 600");
        assertEquals(n("0.1"), AllowedValues.tolerance(n("1")), "1 is capped at 10 % of 1");
    }

    @Test
    void nearlyIsJustUnder() {
        AllowedValues nearly641 = AllowedValues.published(Comparator.APPROX, Approximation.JUST_UNDER, n("641"));
        assertTrue(consistent(nearly641, Comparator.EQ, "640"));
        assertTrue(consistent(nearly641, Comparator.EQ, "641"));
        assertFalse(consistent(nearly641, Comparator.EQ, "639.9"));
        assertFalse(consistent(nearly641, Comparator.EQ, "641.1"));
        assertFalse(consistent(nearly641, Comparator.EQ, "635"));
        assertFalse(consistent(nearly641, Comparator.EQ, "645"));
    }

    @Test
    void overIsJustOverAndAboutIsEitherSide() {
        AllowedValues over130 = AllowedValues.published(Comparator.APPROX, Approximation.JUST_OVER, n("130"));
        assertTrue(consistent(over130, Comparator.EQ, "130"));
        assertTrue(consistent(over130, Comparator.EQ, "140"));
        assertFalse(consistent(over130, Comparator.EQ, "129"));
        assertFalse(consistent(over130, Comparator.EQ, "141"));
        AllowedValues about130 = AllowedValues.published(Comparator.APPROX, Approximation.EITHER_SIDE, n("130"));
        assertTrue(consistent(about130, Comparator.EQ, "120"));
        assertTrue(consistent(about130, Comparator.EQ, "140"));
        assertFalse(consistent(about130, Comparator.EQ, "119"));
    }

    @Test
    void aPublishedMoreThanAllowsItsMarkButAClaimedMoreThanIsStrict() {
        AllowedValues over400 = AllowedValues.published(Comparator.GT, null, n("400"));
        assertTrue(consistent(over400, Comparator.EQ, "400"), "突破400 allows 400");
        assertFalse(consistent(over400, Comparator.EQ, "399.9"));
        assertTrue(consistent(over400, Comparator.GTE, "500"), "at least 500 against more than 400");
        assertTrue(consistent(over400, Comparator.LT, "401"));
        assertFalse(consistent(over400, Comparator.LT, "400"));
        AllowedValues exactly400 = AllowedValues.published(Comparator.EQ, null, n("400"));
        assertFalse(consistent(exactly400, Comparator.GT, "400"), "a claimed 'more than 400' is not 400");
        assertTrue(consistent(exactly400, Comparator.GTE, "400"));
        assertTrue(consistent(exactly400, Comparator.APPROX, "400"));
    }

    @Test
    void setsAreScaledToBaseUnits() {
        AllowedValues over400 = AllowedValues.published(Comparator.GT, null, n("400")).scaled(n("100000000"));
        assertEquals(n("40000000000"), over400.lower());
        assertEquals("40000000000 CNY or more", over400.describeEn("CNY"));
    }

    @Test
    void theQuoteSaysWhichSideAnApproximationLiesOn() {
        assertEquals(Approximation.JUST_UNDER, QuotedQualifier.approximationOf("全年游客接待量近641万人次", n("641")));
        assertEquals(Approximation.JUST_OVER, QuotedQualifier.approximationOf("促进城乡各类劳动者就业1万余人", n("1")));
        assertEquals(Approximation.JUST_OVER, QuotedQualifier.approximationOf("崇兴、一诺等130余家冷链物流企业", n("130")));
        assertEquals(Approximation.EITHER_SIDE, QuotedQualifier.approximationOf("约50万人左右", n("50")));
    }
}
