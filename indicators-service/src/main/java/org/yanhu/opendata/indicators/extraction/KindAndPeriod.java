package org.yanhu.opendata.indicators.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settles a figure's kind and period. The section's context comes first (回眸2023 is actual 2023, the plan for
 * 2024 is target 2024); the words before the figure then correct it:
 * <ul>
 *   <li>a year in the same sentence ("到2027年", "2024年，…", 今年) names the period; a year that is only a base
 *       of comparison (较2020年, 是2022年的2.4倍) does not;</li>
 *   <li>a list the paragraph introduces as targets ("主要预期目标是：…") is targets;</li>
 *   <li>in a review, 目标 / 计划 / 力争 / 确保 / 即将 / 拟 make a target (not 预计: 预计实现 is an estimate of what
 *       happened; nor 计划的 / 目标的: 占年度计划的115% is an actual);</li>
 *   <li>in a plan, a stock the plan builds on (现有 / 已有 / 依托 / 发挥…) is an actual of the year before;</li>
 *   <li>with no context, future words (将 / 计划 / 力争 …) make a target, anything else an actual;</li>
 *   <li>in a plan-period summary (2021-2025), a level belongs to the last year and only a change or a sum over
 *       the span keeps the span: 增长 / 较 / 累计 / 年均 / a multiple, a sentence that says 五年, or a verb of
 *       something done (新建 / 完成 / 实施 …) without a level word (达到 / 突破 / 总数 …);</li>
 *   <li>a year inside a title (《…（2022—2025年）》) names the document, not the figure.</li>
 * </ul>
 */
final class KindAndPeriod {

    record Resolved(FigureKind kind, ReportPeriod period) {
    }

    /** The text before a figure's number: from the start of its clause, its sentence and its paragraph. */
    record Before(String clause, String sentence, String paragraph) {
    }

    /**
     * A period the sentence names: a span (2018年至2019年, 2016—2020年), or a year with its cue: 到 / 至 (a deadline),
     * 以来 / 至今 (since then, up to the year reviewed).
     */
    private static final Pattern SENTENCE_YEAR = Pattern.compile(
            "(?<![较比与同自从是由])(?:((?:19|20)\\d{2})年?\\s*(?:至|到|—|–|-|～|~)\\s*((?:19|20)\\d{2})年"
                    + "|(到|至|截至|截止)?((?:19|20)\\d{2})年(?:底|末|度)?(以来|至今)?)(?![0-9月的])");
    /** A five-year plan named in a sentence (“十四五”规划): its sums (五年累计…) are over the plan's span. */
    private static final Pattern FIVE_YEAR_PLAN = Pattern.compile("十([一二三四五六七八九])五");
    /** 年均浓度 is the mean of one year, a level; 年均增长 is an average over the years. */
    private static final List<String> YEARLY_MEANS = List.of("年均浓度", "年平均浓度", "年均值");
    /** 比省定目标多降0.4个百分点, 较计划提前: a target that is only the base of a comparison is no target cue. */
    private static final Pattern COMPARED_WITH_PLAN = Pattern.compile("(?:比|较|高于|低于|超出)[^，,；;。]{0,8}?(?:目标|计划)");
    private static final Pattern TARGET_LIST = Pattern.compile("(预期目标|主要目标|目标任务|目标)(是|为)?[：:]");
    private static final List<String> TARGET_IN_REVIEW = List.of("目标", "计划", "力争", "确保", "即将", "拟");
    private static final List<String> TARGET_WITHOUT_CONTEXT = List.of("目标", "计划", "力争", "确保", "即将", "拟",
            "将", "争取到", "预期");
    private static final List<String> STOCK_IN_PLAN = List.of("现有", "已有", "拥有", "依托", "发挥", "已经", "已建成",
            "目前", "截至", "截止");
    /** 比 only as a comparison with a base (比上年, 比2020年): 占比 is a share, a level. */
    private static final List<String> CHANGE_OVER_SPAN = List.of("年均", "累计", "较", "翻番", "以来", "比上年", "比“",
            "比20", "比19");
    private static final List<String> CHANGE_VERBS = List.of("增长", "增幅", "增速", "下降", "降低", "提高", "增加", "减少");
    /**
     * A change that only a span can have: 年均增长 over a five-year review keeps the span even beside a year. (累计
     * does not: in a paragraph about one year, 累计排查 is that year's total.)
     */
    private static final List<String> SPAN_ONLY = List.of("年均", "较“");
    /** A sentence that says its figures are over the whole span: 五年新建…, 五年累计…, 五年来…. */
    private static final List<String> SPAN_SENTENCE = List.of("五年", "累计");
    /** Verbs of something done, whose figure in a plan-period summary is the sum over the span. */
    private static final List<String> DONE_VERBS = List.of("新增", "新建", "建成", "建设", "改造", "改建", "改扩建", "完成", "实施",
            "引进", "消除", "搬迁", "选派", "培育", "创建", "减少");
    /** Words that make a figure a level even beside a verb of something done: 建成区面积扩大到, 总数达到. */
    private static final List<String> LEVEL_WORDS = List.of("达到", "达", "突破", "超过", "总数", "总量", "到", "至", "稳定在",
            "保持", "拥有", "率", "比重", "占比");

    /**
     * A figure right after 由 / 从 (with a qualifier between, 由近5亿元, or its year, 由2015年的) is the base of a
     * change "由…增加到…".
     */
    private static final Pattern FROM_BASE = Pattern.compile("[由从](?:((?:19|20)\\d{2})年(?:底|末)?的?)?(约|近|超|逾)?$");
    /** A document's title: the years and cue words inside it are the document's. */
    private static final Pattern TITLE = Pattern.compile("《[^《》]*》");

    /**
     * Words that contain a cue without being one: 全力争取 (力争), 模拟 (拟), 将近 (将), 计划总投资 (what projects
     * are planned to cost is a fact about them, stated in a review as an actual).
     */
    private static final List<String> CUE_LOOK_ALIKES = List.of("全力争", "模拟", "虚拟", "将近", "计划总投资");

    private KindAndPeriod() {
    }

    static Resolved resolve(ReportContext context, Before withTitles, Figure figure, LocalDate publishedOn) {
        Before before = new Before(withoutTitles(withTitles.clause()), withoutTitles(withTitles.sentence()),
                withoutTitles(withTitles.paragraph()));
        FigureKind kind = context.kind();
        ReportPeriod period = context.period();

        ReportPeriod named = null;
        boolean until = false;
        Matcher m = SENTENCE_YEAR.matcher(before.sentence());
        while (m.find()) {
            until = false;
            if (m.group(1) != null) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                named = a < b ? new ReportPeriod(a, b) : ReportPeriod.year(b);
                continue;
            }
            int year = Integer.parseInt(m.group(4));
            named = ReportPeriod.year(year);
            until = m.group(3) != null && (m.group(3).equals("到") || m.group(3).equals("至"));
            if (m.group(5) != null) {
                // 2021年以来投入…5.86亿元: since that year, up to the year the report reviews
                int reviewed = reviewedYear(context, publishedOn);
                if (reviewed > year) {
                    named = new ReportPeriod(year, reviewed);
                }
            }
        }
        if (named == null && publishedOn != null) {
            named = relativeYear(before.sentence(), publishedOn);
        }
        if (named != null) {
            period = named;
            FigureKind byDate = until ? FigureKind.TARGET : ReportOutline.kindByDate(named, publishedOn);
            if (byDate != null) {
                kind = byDate;
            }
        }

        if (TARGET_LIST.matcher(before.paragraph()).find()) {
            if (kind == FigureKind.ACTUAL && named == null && period != null) {
                period = ReportPeriod.year(period.end() + 1);
            }
            kind = FigureKind.TARGET;
        } else if (kind == FigureKind.ACTUAL && containsCue(before.clause(), TARGET_IN_REVIEW)) {
            kind = FigureKind.TARGET;
            if (named == null && period != null) {
                period = ReportPeriod.year(period.end() + 1);
            }
        } else if (kind == FigureKind.TARGET && named == null && containsCue(before.clause(), STOCK_IN_PLAN)) {
            kind = FigureKind.ACTUAL;
            if (period != null) {
                period = ReportPeriod.year(period.start() - 1);
            }
        } else if (kind == null) {
            kind = containsCue(before.sentence(), TARGET_WITHOUT_CONTEXT) ? FigureKind.TARGET : FigureKind.ACTUAL;
        }

        if (period == null && publishedOn != null) {
            boolean early = publishedOn.getMonthValue() <= 6;
            int reviewed = early ? publishedOn.getYear() - 1 : publishedOn.getYear();
            period = ReportPeriod.year(kind == FigureKind.ACTUAL ? reviewed : reviewed + 1);
        }
        ReportPeriod span = context.span();
        ReportPeriod plan = named == null ? planSumOf(before, reviewedYear(context, publishedOn)) : null;
        if (plan != null) {
            period = plan;
        }
        Matcher base = FROM_BASE.matcher(before.clause());
        if (base.find()) {
            // 由5.2亿元增加到8.9亿元: the first figure is the base, an actual of the year before the period
            if (base.group(1) != null) {
                return new Resolved(FigureKind.ACTUAL, ReportPeriod.year(Integer.parseInt(base.group(1))));
            }
            ReportPeriod reviewed = span != null ? span : period;
            return new Resolved(FigureKind.ACTUAL, reviewed == null ? null : ReportPeriod.year(reviewed.start() - 1));
        }
        // 到2025年累计新增3万人: a sum up to the span's last year is a sum over the span
        boolean sumUntilSpanEnd = until && span != null && period != null && period.end() == span.end()
                && before.clause().contains("累计");
        if (span != null && (!until || sumUntilSpanEnd) && period != null && !period.isSpan()
                && period.start() >= span.start() && period.end() <= span.end()
                && (sumUntilSpanEnd || containsCue(withoutYearlyMeans(before.clause()), SPAN_ONLY))) {
            period = span;
        } else if (period != null && period.isSpan() && plan == null && !isChangeOverSpan(before.clause(), figure)
                && !isSumOverSpan(before) && !isShareOfSpanSums(before, figure)) {
            period = period.lastYear();
        }
        return new Resolved(kind, period);
    }

    /** The last year the report reviews: its review section's year, else the year before (or of) publication. */
    private static int reviewedYear(ReportContext context, LocalDate publishedOn) {
        if (context.kind() == FigureKind.ACTUAL && context.period() != null) {
            return context.period().end();
        }
        if (publishedOn == null) {
            return -1;
        }
        return publishedOn.getMonthValue() <= 6 ? publishedOn.getYear() - 1 : publishedOn.getYear();
    }

    /**
     * 确保“十四五”规划目标任务圆满收官：五年累计完成固定资产投资突破760亿元: a sum over five years in a sentence that
     * names its plan is over the plan's span (“十三五”以来累计…: from its first year to the year reviewed); null
     * otherwise.
     */
    private static ReportPeriod planSumOf(Before before, int reviewed) {
        if (!(before.clause().contains("累计") || before.clause().contains("五年"))) {
            return null;
        }
        Matcher plan = FIVE_YEAR_PLAN.matcher(before.sentence());
        ReportPeriod found = null;
        while (plan.find()) {
            int number = 10 + ChineseNumerals.digit(plan.group(1).codePointAt(0));
            int start = 1966 + 5 * (number - 3);
            found = new ReportPeriod(start, start + 4);
            String rest = before.sentence().substring(plan.end());
            if ((rest.startsWith("以来") || rest.startsWith("”以来") || rest.startsWith("\"以来")) && reviewed > start) {
                found = new ReportPeriod(start, reviewed);
            }
        }
        return found;
    }

    private static String withoutYearlyMeans(String s) {
        String out = s;
        for (String w : YEARLY_MEANS) {
            out = out.replace(w, "\u0000".repeat(w.length()));
        }
        return out;
    }

    /**
     * 五年民生支出累计达到286亿元，占一般公共预算支出的比重稳定在70%以上; 五年来共办理建议286件、提案312件，办结率均为100%:
     * a share (占…) or a rate of each sum listed (…率均为) after sums over the span is a ratio of those sums, so it is
     * over the span too. (乡镇和建制村通硬化路率均达到100%, after no sum over the span, is a level.)
     */
    private static boolean isShareOfSpanSums(Before before, Figure figure) {
        if (!"percent".equals(figure.baseUnit())) {
            return false;
        }
        String clause = before.clause();
        if (!(clause.startsWith("占") || clause.contains("率均"))) {
            return false;
        }
        String earlier = before.sentence().substring(0, Math.max(0, before.sentence().length() - clause.length()));
        return SPAN_SENTENCE.stream().anyMatch(earlier::contains);
    }

    private static String withoutTitles(String s) {
        return s.indexOf('《') < 0 ? s : TITLE.matcher(s).replaceAll("《》");
    }

    /** 五年新建农村公路1180公里, 实施易地扶贫搬迁2317户: something done over the span, unless a level word says otherwise. */
    private static boolean isSumOverSpan(Before before) {
        if (LEVEL_WORDS.stream().anyMatch(before.clause()::contains)) {
            return false;
        }
        return SPAN_SENTENCE.stream().anyMatch(before.sentence()::contains)
                || DONE_VERBS.stream().anyMatch(before.clause()::contains);
    }

    private static ReportPeriod relativeYear(String sentence, LocalDate publishedOn) {
        int y = publishedOn.getYear();
        if (sentence.contains("明年")) {
            return ReportPeriod.year(y + 1);
        }
        if (sentence.contains("去年")) {
            return ReportPeriod.year(y - 1);
        }
        if (sentence.contains("今年")) {
            return ReportPeriod.year(y);
        }
        return null;
    }

    private static boolean isChangeOverSpan(String clause, Figure figure) {
        String clauseBefore = clause.replace("增加值", "");      // value added is a level, not an increase
        if ("percentage_point".equals(figure.baseUnit()) || "times".equals(figure.baseUnit()) || containsCue(clauseBefore, CHANGE_OVER_SPAN)) {
            return true;
        }
        String tail = clauseBefore.length() > 4 ? clauseBefore.substring(clauseBefore.length() - 4) : clauseBefore;
        return containsCue(tail, CHANGE_VERBS) && !tail.contains("至") && !tail.contains("到");
    }

    /**
     * Whether a cue word occurs, not as the object of a completion (计划的, 目标的, 完成年度目标任务的103%) and not in
     * the past (确保了).
     */
    private static boolean containsCue(String text, List<String> words) {
        String s = text;
        if (s.contains("目标") || s.contains("计划")) {
            Matcher compared = COMPARED_WITH_PLAN.matcher(s);
            StringBuilder out = new StringBuilder();
            while (compared.find()) {
                compared.appendReplacement(out, "\u0000".repeat(compared.group().length()));
            }
            compared.appendTail(out);
            s = out.toString();
        }
        for (String lookAlike : CUE_LOOK_ALIKES) {
            s = s.replace(lookAlike, "\u0000".repeat(lookAlike.length()));
        }
        for (String w : words) {
            for (int i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
                int after = i + w.length();
                String rest = s.substring(after);
                if (rest.isEmpty() || !(rest.startsWith("的") || rest.startsWith("了") || rest.startsWith("任务的")
                        || rest.startsWith("值的") || rest.startsWith("数的"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
