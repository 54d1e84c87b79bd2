package org.yanhu.opendata.indicators.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16's held-out bar, on three passages written after the rules by someone who had not read them (a Zhejiang
 * county's 2023 report, a Hunan county's 2021 report with its five-year summary, a Guangdong district's 2024 report
 * whose target paragraph is printed twice), each with a gold list written by hand before the extractor first ran.
 * Scored by {@link PassageScore}: one to one, exact fields for recall, value and unit for precision.
 */
class ExtractHeldOutTest {

    @ParameterizedTest
    @ValueSource(strings = {"county-a", "county-b", "county-c"})
    void aHeldOutReportIsExtractedAboveTheIssuesBar(String name) {
        PassageScore score = PassageScore.of("heldout", name);
        score.print("held out");
        assertTrue(score.recall() >= 0.90, score::toString);
        assertTrue(score.precision() >= 0.85, score::toString);
        assertTrue(score.fieldsRight() >= 0.90, score::toString);
    }

    /**
     * A second held-out set (extraction/heldout2/), written by another session after the first set's fixes: a Henan
     * district's 2022 report (a flood year), a Sichuan county's 2023 report with its five-year summary and five-year
     * targets, a Fujian city's 2024 summary with a 【数说2023】 box printed twice, a Jiangxi county's December 2024
     * report with a 十四五 four-year review and five-year targets. Measured first, before any rule changed (all four
     * were above the bar; the README has the numbers); the rules changed after, so they are no longer held out.
     */
    @ParameterizedTest
    @ValueSource(strings = {"county-d", "county-e", "county-f", "county-g"})
    void aSecondHeldOutReportIsExtractedAboveTheIssuesBar(String name) {
        PassageScore score = PassageScore.of("heldout2", name);
        score.print("held out, second set");
        assertTrue(score.recall() >= 0.90, score::toString);
        assertTrue(score.precision() >= 0.85, score::toString);
        assertTrue(score.fieldsRight() >= 0.90, score::toString);
    }
}
