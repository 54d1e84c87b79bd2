package org.yanhu.opendata.indicators.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yanhu.opendata.indicators.extraction.Figures.in;
import static org.yanhu.opendata.indicators.extraction.Figures.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kind (actual or target) and period, from the headings, the opening sentences, the verbs and the date. */
class ExtractKindAndPeriodTest {

    private static final LocalDate FEBRUARY_2024 = LocalDate.of(2024, 2, 23);
    private static final LocalDate DECEMBER_2025 = LocalDate.of(2025, 12, 29);

    private static void assertFigure(Candidate c, FigureKind kind, String period) {
        assertEquals(kind, c.kind(), () -> "kind of «" + c.quote() + "»");
        assertEquals(period, c.period(), () -> "period of «" + c.quote() + "»");
    }

    @Test
    void aReviewHeadingMakesActualsOfItsYear() {
        assertFigure(only("## 回眸2023\n\n全区固定资产投资完成120亿元。"), FigureKind.ACTUAL, "2023");
    }

    @Test
    void aPlanHeadingMakesTargetsOfItsYear() {
        assertFigure(only("## 展望2024\n\n新建学校3所。"), FigureKind.TARGET, "2024");
        assertFigure(only("二、2024年主要目标和重点工作\n新增城镇就业5000人。"), FigureKind.TARGET, "2024");
    }

    @Test
    void aParagraphOpeningWithAYearAndWillStartsThePlan() {
        List<Candidate> found = in("## 回眸2023\n\n建成农田5.3万亩。\n\n2024年，全区将全力办好12件惠民实事。\n\n新建公厕20座。");
        assertFigure(found.get(0), FigureKind.ACTUAL, "2023");
        assertFigure(found.get(1), FigureKind.TARGET, "2024");
        assertFigure(found.get(2), FigureKind.TARGET, "2024");
    }

    @Test
    void withoutContextCompletionVerbsGiveActualsAndPlanVerbsGiveTargets() {
        assertEquals(FigureKind.ACTUAL, only("全年完成固定资产投资120亿元。").kind());
        assertEquals(FigureKind.ACTUAL, only("粮食总产量达到2.1亿公斤。").kind());
        assertEquals(FigureKind.TARGET, only("计划完成投资150亿元。").kind());
        assertEquals(FigureKind.TARGET, only("全区将新建学校3所。").kind());
        assertEquals(FigureKind.TARGET, only("确保粮食播种面积稳定在50万亩以上。").kind());
        assertEquals(FigureKind.TARGET, only("目标到2027年建成5G基站2000个。").kind());
    }

    @Test
    void aTargetWordInAReviewMakesATargetOfTheNextYear() {
        assertFigure(only("## 回眸2023\n\n力争明年新增就业6000人。", FEBRUARY_2024), FigureKind.TARGET, "2025");
        assertFigure(only("## 回眸2023\n\n计划新建学校3所。"), FigureKind.TARGET, "2024");
    }

    @Test
    void wordsThatContainACueAreNotCues() {
        assertFigure(only("## 回眸2023\n\n全力争取上级资金5亿元。"), FigureKind.ACTUAL, "2023");
        assertEquals(FigureKind.ACTUAL, only("开展模拟演练30次。").kind());
    }

    @Test
    void anEstimateInAReviewIsAnActual() {
        assertFigure(only("一、2019年工作回顾\n预计实现地区生产总值391亿元。"), FigureKind.ACTUAL, "2019");
    }

    @Test
    void aShareOfThePlanInAReviewIsAnActual() {
        assertFigure(only("## 回眸2023\n\n完成投资占年度计划的115%。"), FigureKind.ACTUAL, "2023");
    }

    @Test
    void aStockThePlanBuildsOnIsAnActualOfTheYearBefore() {
        assertFigure(only("2026年重点工作\n发挥崇兴、一诺等130余家冷链物流企业集聚效应。", DECEMBER_2025),
                FigureKind.ACTUAL, "2025");
    }

    @Test
    void aLevelInAPlanPeriodSummaryBelongsToItsLastYear() {
        List<Candidate> found = in("“十四五”时期成就\n全区地区生产总值突破400亿元，常住人口超过100万人，城镇化率超过77.7%。",
                DECEMBER_2025);
        for (Candidate c : found) {
            assertFigure(c, FigureKind.ACTUAL, "2025");
        }
    }

    @Test
    void aChangeOverThePlanPeriodKeepsTheSpan() {
        List<Candidate> found = in("“十四五”时期成就\n城乡居民人均可支配收入较“十三五”末分别增长28%、44.1%。", DECEMBER_2025);
        assertEquals(2, found.size());
        for (Candidate c : found) {
            assertFigure(c, FigureKind.ACTUAL, "2021-2025");
        }
    }

    @Test
    void averageAnnualGrowthOverTheLastFiveYearsKeepsTheSpanEvenBesideAYear() {
        List<Candidate> found = in("过去五年工作回顾\n2016年实现地区生产总值132.76亿元，是2011年的1.54倍，年均增长10.6%。",
                LocalDate.of(2016, 12, 13));
        assertFigure(found.get(0), FigureKind.ACTUAL, "2016");
        assertFigure(found.get(2), FigureKind.ACTUAL, "2012-2016");
    }

    @Test
    void aYearInTheSentenceNamesThePeriodButABaseYearDoesNot() {
        assertFigure(only("到2027年，建成5G基站2000个。", FEBRUARY_2024), FigureKind.TARGET, "2027");
        List<Candidate> found = in("## 回眸2023\n\n全区生产总值完成95亿元，是2020年的2.4倍。", FEBRUARY_2024);
        assertEquals("2023", found.get(1).period());
    }

    @Test
    void theListItemsOfAPlanListAreTargets() {
        List<Candidate> found = in("报告指出，2022年县政府将重点抓好10件民生实事：\n(1)新增城镇就业5500人以上。\n(2)改造农村危桥4座。",
                LocalDate.of(2021, 11, 28));
        for (Candidate c : found) {
            assertFigure(c, FigureKind.TARGET, "2022");
        }
    }

    @Test
    void aListOfTargetsAfterAColonIsTargets() {
        List<Candidate> found = in("今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。",
                LocalDate.of(2024, 3, 5));
        for (Candidate c : found) {
            assertFigure(c, FigureKind.TARGET, "2024");
        }
    }

    @Test
    void withoutAnyYearThePublicationDateSettlesThePeriod() {
        assertFigure(only("全年完成固定资产投资120亿元。", FEBRUARY_2024), FigureKind.ACTUAL, "2023");
        assertFigure(only("全年完成固定资产投资120亿元。", DECEMBER_2025), FigureKind.ACTUAL, "2025");
        assertEquals(null, only("全年完成固定资产投资120亿元。").period());
    }

    @Test
    void aYearAlreadyPastIsAnActualAndAYearAheadATarget() {
        assertEquals(FigureKind.ACTUAL, only("2023年，全区完成投资120亿元。", FEBRUARY_2024).kind());
        assertEquals(FigureKind.TARGET, only("2026年，全区完成投资150亿元。", DECEMBER_2025).kind());
    }

    private static final LocalDate JANUARY_2021 = LocalDate.of(2021, 1, 18);

    @Test
    void somethingDoneOverTheFiveYearsIsASumOverTheSpanAndALevelReachedIsItsLastYear() {
        List<Candidate> found = in("一、“十三五”时期工作回顾\n“十三五”时期，我县实施易地扶贫搬迁2317户，"
                + "五年新建农村公路1180公里，县城建成区面积扩大到24.5平方公里，高新技术企业总数达到92家。", JANUARY_2021);
        assertFigure(found.get(0), FigureKind.ACTUAL, "2016-2020");
        assertFigure(found.get(1), FigureKind.ACTUAL, "2016-2020");
        assertFigure(found.get(2), FigureKind.ACTUAL, "2020");
        assertFigure(found.get(3), FigureKind.ACTUAL, "2020");
    }

    @Test
    void theBaseOfAChangeThatNamesItsYearBelongsToThatYear() {
        List<Candidate> found = in("“十三五”时期，地区生产总值由2015年的186.4亿元增加到2020年的298.7亿元。", JANUARY_2021);
        assertFigure(found.get(0), FigureKind.ACTUAL, "2015");
        assertFigure(found.get(1), FigureKind.ACTUAL, "2020");
    }

    @Test
    void theNextFiveYearsArePlannedAsASpanWhoseLevelsBelongToItsLastYear() {
        List<Candidate> found = in("今后五年，主要目标是：地区生产总值年均增长6.5%左右，城镇化率达到60%；"
                + "到2025年，新增城镇就业累计3万人以上。", JANUARY_2021);
        assertFigure(found.get(0), FigureKind.TARGET, "2021-2025");
        assertFigure(found.get(1), FigureKind.TARGET, "2025");
        assertFigure(found.get(2), FigureKind.TARGET, "2021-2025");
    }

    @Test
    void aCumulativeTotalInAParagraphAboutOneYearIsThatYears() {
        List<Candidate> found = in("过去五年工作回顾\n2020年，全县累计排查重点人员2.3万人次。", JANUARY_2021);
        assertFigure(found.get(0), FigureKind.ACTUAL, "2020");
    }

    @Test
    void aYearInADocumentsTitleIsNotTheFiguresPeriod() {
        assertFigure(only("## 2022年工作回顾\n出台《促进民营经济发展若干意见（2022—2025年）》等政策文件18个。",
                LocalDate.of(2023, 1, 10)), FigureKind.ACTUAL, "2022");
    }

    private static final LocalDate FEBRUARY_2023 = LocalDate.of(2023, 2, 14);
    private static final LocalDate DECEMBER_2024 = LocalDate.of(2024, 12, 27);

    @Test
    void aSpanOfYearsInTheSentenceIsThePeriodOfASumOverIt() {
        assertFigure(only("一、过去五年工作回顾\n2018年至2019年累计减贫1.12万人。", FEBRUARY_2023),
                FigureKind.ACTUAL, "2018-2019");
    }

    @Test
    void sinceAYearMeansFromThatYearToTheYearReviewedForASumAndTheYearReviewedForALevel() {
        List<Candidate> found = in("一、过去五年工作回顾\n2021年以来投入衔接资金5.86亿元，实施巩固衔接项目412个。"
                + "2021年以来，森林覆盖率提高到42.7%。", FEBRUARY_2023);
        assertFigure(found.get(0), FigureKind.ACTUAL, "2021-2022");
        assertFigure(found.get(1), FigureKind.ACTUAL, "2021-2022");
        assertFigure(found.get(2), FigureKind.ACTUAL, "2022");
        assertFigure(only("一、过去五年工作回顾\n2020年至今累计识别监测对象近千户。", FEBRUARY_2023), FigureKind.ACTUAL,
                "2020-2022");
    }

    @Test
    void aParagraphLookingBackOverAPlanStillRunningCoversItsYearsUpToTheYearReviewed() {
        List<Candidate> found = in("2024年工作回顾\n全县地区生产总值达到318.6亿元。\n"
                + "回首“十四五”以来的四年，我们砥砺前行。全县地区生产总值年均增长6.3%，累计改造老旧小区126个。",
                DECEMBER_2024);
        assertFigure(found.get(0), FigureKind.ACTUAL, "2024");
        assertFigure(found.get(1), FigureKind.ACTUAL, "2021-2024");
        assertFigure(found.get(2), FigureKind.ACTUAL, "2021-2024");
        assertFigure(only("一、过去五年工作回顾\n“十三五”以来，累计减贫2万人。", FEBRUARY_2023), FigureKind.ACTUAL,
                "2016-2022");
    }

    @Test
    void aFiveYearSumInASentenceThatNamesItsPlanIsOverThePlansSpan() {
        List<Candidate> found = in("2025年工作安排\n确保“十四五”规划目标任务圆满收官：五年累计建成高标准农田18万亩；"
                + "到2025年底，森林覆盖率稳定在65%以上。", DECEMBER_2024);
        assertFigure(found.get(0), FigureKind.TARGET, "2021-2025");
        assertFigure(found.get(1), FigureKind.TARGET, "2025");
    }

    @Test
    void aYearlyMeanConcentrationIsALevelOfItsYearNotAnAverageOverTheSpan() {
        List<Candidate> found = in("一、过去五年工作回顾\n2022年，PM2.5年均浓度为12微克/立方米，地区生产总值年均增长7.3%。",
                FEBRUARY_2023);
        assertFigure(found.get(0), FigureKind.ACTUAL, "2022");
        assertFigure(found.get(1), FigureKind.ACTUAL, "2018-2022");
    }

    @Test
    void aShareOrRateOfSumsOverTheSpanIsOverTheSpanToo() {
        List<Candidate> found = in("一、过去五年工作回顾\n五年民生支出累计达到286亿元，占一般公共预算支出的比重稳定在70%以上。"
                + "五年来共办理人大代表建议286件、政协委员提案312件，办结率均为100%。"
                + "新改建农村公路1260公里，乡镇和建制村通硬化路率均达到100%。", FEBRUARY_2023);
        assertEquals(List.of("2018-2022", "2018-2022", "2018-2022", "2018-2022", "2018-2022", "2018-2022", "2022"),
                found.stream().map(Candidate::period).toList());
    }

    @Test
    void aTargetThatIsOnlyTheBaseOfAComparisonMakesNoTarget() {
        List<Candidate> found = in("一、2023年工作回顾\n单位地区生产总值能耗下降3.4%，比省定目标多降0.4个百分点。",
                LocalDate.of(2024, 1, 10));
        assertFigure(found.get(1), FigureKind.ACTUAL, "2023");
        assertFigure(only("## 回眸2023\n\n计划新建学校3所。"), FigureKind.TARGET, "2024");
    }

    @Test
    void thePlannedTotalInvestmentOfProjectsInAReviewIsAnActual() {
        assertFigure(only("## 2023年工作回顾\n全年引进项目，计划总投资超过560亿元。", LocalDate.of(2024, 1, 8)),
                FigureKind.ACTUAL, "2023");
    }
}
