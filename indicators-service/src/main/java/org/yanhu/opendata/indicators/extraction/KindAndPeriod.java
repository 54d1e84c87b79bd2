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

    private static final Pattern SENTENCE_YEAR = Pattern.compile(
            "(?<![较比与同自从是由])(到|至|截至|截止)?((?:19|20)\\d{2})年(?:底|末|度)?(?![0-9月的])");
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
    private static final List<String> DONE_VERBS = List.of("新增", "新建", "建成", "建设", "改造", "改扩建", "完成", "实施",
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
            named = ReportPeriod.year(Integer.parseInt(m.group(2)));
            until = m.group(1) != null && (m.group(1).equals("到") || m.group(1).equals("至"));
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
                && (sumUntilSpanEnd || containsCue(before.clause(), SPAN_ONLY))) {
            period = span;
        } else if (period != null && period.isSpan() && named == null && !isChangeOverSpan(before.clause(), figure)
                && !isSumOverSpan(before)) {
            period = period.lastYear();
        }
        return new Resolved(kind, period);
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
