package org.yanhu.opendata.indicators.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout of a report, line by line: which lines are headings, which paragraphs repeat an earlier one word
 * for word (their figures count once), and the context (review or plan, period, section) that headings such as
 * 回眸2023 / 展望2024 and opening sentences such as "2024年，盐湖区将…" set for the text below them.
 */
final class ReportOutline {

    /** Lines shorter than this are never treated as repeats: short headings may repeat legitimately. */
    private static final int REPEAT_MIN_LENGTH = 8;
    private static final int HEADING_MAX_LENGTH = 40;

    private static final Pattern YEAR_SPAN = Pattern.compile("((?:19|20)\\d{2})\\s*[-—–～~至到]\\s*((?:19|20)\\d{2})年?");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})(?![0-9])(?!年?\\d{1,2}月)(?!年\\d)");
    private static final Pattern FIVE_YEAR_PLAN = Pattern.compile("十([一二三四五六七八九])五");
    /** A paragraph that opens with its period: "2024年，…", "2020年极不平凡。", "“十四五”时期，…", "过去一年，…". */
    private static final Pattern OPENING = Pattern.compile(
            "^(?:回首|回顾|回望|回眸)?[“\"]?(?:(?:19|20)\\d{2}(?:\\s*[-—–～~至到]\\s*(?:19|20)\\d{2})?年(?![0-9０-９月日])"
                    + "|十[一二三四五六七八九]五[”\"]?(?:时期|期间|以来|，|,|是)"
                    + "|(?:今年|去年|明年|过去一年|过去的一年|过去五年|未来五年|今后五年)(?:，|,|是|以来|我们|全区|全县|全市))");

    private static final List<String> REVIEW_WORDS = List.of("回眸", "回顾", "亮点", "成就", "成绩", "总结", "以来", "完成情况");
    private static final List<String> PLAN_WORDS = List.of("展望", "安排", "目标", "计划", "思路", "打算", "抓好", "部署", "任务", "要点");
    /** Without a period in it, only these words are strong enough for a heading to switch review and plan. */
    private static final List<String> STRONG_REVIEW_WORDS = List.of("回眸", "回顾");
    private static final List<String> STRONG_PLAN_WORDS = List.of("展望", "工作安排", "主要目标", "计划");
    /** Future verbs only: 目标 and 要 also occur in reviews (完成了全年主要目标任务, 重要). */
    private static final List<String> OPENING_PLAN_WORDS = List.of("将", "计划", "力争", "预期", "拟");
    private static final List<String> OPENING_REVIEW_WORDS = List.of("完成了", "实现了", "取得了", "回顾", "过去");

    private final int[] lineStarts;
    private final boolean[] repeated;
    private final ReportContext[] contexts;

    private ReportOutline(int[] lineStarts, boolean[] repeated, ReportContext[] contexts) {
        this.lineStarts = lineStarts;
        this.repeated = repeated;
        this.contexts = contexts;
    }

    static ReportOutline of(CodePointText text, LocalDate publishedOn) {
        List<int[]> lines = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.at(i) == '\n') {
                lines.add(new int[] {s, i});
                s = i + 1;
            }
        }
        int n = lines.size();
        int[] starts = new int[n];
        boolean[] repeated = new boolean[n];
        ReportContext[] contexts = new ReportContext[n];
        Set<String> seen = new HashSet<>();
        ReportContext current = ReportContext.NONE;
        for (int l = 0; l < n; l++) {
            starts[l] = lines.get(l)[0];
            String raw = text.normalized(lines.get(l)[0], lines.get(l)[1]);
            String key = stripMarkup(text.slice(lines.get(l)[0], lines.get(l)[1])).replaceAll("\\s+", "");
            repeated[l] = key.length() >= REPEAT_MIN_LENGTH && !seen.add(key);
            if (!repeated[l] && !key.isEmpty()) {
                current = next(current, raw, stripMarkup(text.slice(lines.get(l)[0], lines.get(l)[1])).trim(), publishedOn);
            }
            contexts[l] = current;
        }
        return new ReportOutline(starts, repeated, contexts);
    }

    boolean isRepeated(int position) {
        return repeated[lineOf(position)];
    }

    ReportContext contextAt(int position) {
        return contexts[lineOf(position)];
    }

    private int lineOf(int position) {
        int l = Arrays.binarySearch(lineStarts, position);
        return l >= 0 ? l : -l - 2;
    }

    /** The context after the line {@code raw} (normalized), whose text as written is {@code label}. */
    private static ReportContext next(ReportContext current, String raw, String label, LocalDate publishedOn) {
        String line = stripMarkup(raw).trim();
        boolean heading = isHeading(raw, line);
        if (heading) {
            ReportPeriod period = periodIn(line, publishedOn);
            FigureKind kind = current.kind();
            if (period != null) {
                kind = firstNonNull(kindByDateBeyond(period, publishedOn), kindByWords(line, REVIEW_WORDS, PLAN_WORDS),
                        kindByDate(period, publishedOn), kind);
            } else {
                FigureKind strong = kindByWords(line, STRONG_REVIEW_WORDS, STRONG_PLAN_WORDS);
                if (strong != null && strong != kind) {
                    period = followingPeriod(current.period(), strong);
                    kind = strong;
                }
            }
            ReportPeriod next = period != null ? period : current.period();
            return new ReportContext(kind, next, next != null && next.isSpan() ? next : null, label);
        }
        if (line.endsWith("：") || line.endsWith(":")) {
            // a list's introduction ("…将…重点抓好10件民生实事：") sets the context of its items
            ReportPeriod period = periodIn(line, publishedOn);
            FigureKind kind = firstNonNull(period == null ? null : kindByDateBeyond(period, publishedOn),
                    kindByWords(line, OPENING_REVIEW_WORDS, OPENING_PLAN_WORDS),
                    period == null ? null : kindByDate(period, publishedOn));
            if (kind != null || period != null) {
                ReportPeriod next = period != null ? period : current.period();
                return new ReportContext(kind != null ? kind : current.kind(), next, enclosingSpan(current, next),
                        current.section());
            }
        }
        Matcher opening = OPENING.matcher(line);
        if (opening.find()) {
            ReportPeriod period = periodIn(opening.group(), publishedOn);
            if (period != null && (opening.group().endsWith("以来") || line.startsWith("以来", opening.end())
                    || line.startsWith("至今", opening.end()))) {
                period = since(period, current, publishedOn);
            }
            if (period != null) {
                String firstSentence = line.split("[。！？；]", 2)[0];
                FigureKind kind = firstNonNull(kindByDateBeyond(period, publishedOn),
                        kindByWords(firstSentence, OPENING_REVIEW_WORDS, OPENING_PLAN_WORDS),
                        kindByDate(period, publishedOn), FigureKind.ACTUAL);
                return new ReportContext(kind, period, enclosingSpan(current, period), current.section());
            }
        }
        return current;
    }

    /**
     * 回首“十四五”以来的四年, 2020年以来, 2020年至今: from the first year of the period named up to the year the report reviews
     * (the review's year, else the year before or of publication), not to the end of a plan still running, and
     * past the end of a plan that is over (十三五以来 in 2023 is 2016-2022).
     */
    private static ReportPeriod since(ReportPeriod period, ReportContext current, LocalDate publishedOn) {
        int reviewed;
        if (current.kind() == FigureKind.ACTUAL && current.period() != null) {
            reviewed = current.period().end();
        } else if (publishedOn != null) {
            reviewed = publishedOn.getMonthValue() <= 6 ? publishedOn.getYear() - 1 : publishedOn.getYear();
        } else {
            return period;
        }
        int end = reviewed;
        return end > period.start() ? new ReportPeriod(period.start(), end) : ReportPeriod.year(period.start());
    }

    /** A paragraph's year inside the current span keeps the span around it; one outside leaves it. */
    private static ReportPeriod enclosingSpan(ReportContext current, ReportPeriod next) {
        if (next != null && next.isSpan()) {
            return next;
        }
        ReportPeriod span = current.span();
        return span != null && next != null && next.start() >= span.start() && next.end() <= span.end() ? span : null;
    }

    /** When a heading switches from review to plan without naming a year, the plan is for the year after. */
    private static ReportPeriod followingPeriod(ReportPeriod period, FigureKind kind) {
        if (period == null || kind != FigureKind.TARGET) {
            return period;
        }
        return ReportPeriod.year(period.end() + 1);
    }

    static ReportPeriod periodIn(String s, LocalDate publishedOn) {
        Matcher span = YEAR_SPAN.matcher(s);
        if (span.find()) {
            int a = Integer.parseInt(span.group(1));
            int b = Integer.parseInt(span.group(2));
            if (a < b) {
                return new ReportPeriod(a, b);
            }
        }
        // a year is more specific than a five-year plan named beside it ("2020年主要工作和十三五发展成就")
        Matcher year = YEAR.matcher(s);
        if (year.find()) {
            return ReportPeriod.year(Integer.parseInt(year.group(1)));
        }
        Matcher plan = FIVE_YEAR_PLAN.matcher(s);
        if (plan.find()) {
            int number = 10 + ChineseNumerals.digit(plan.group(1).codePointAt(0));
            int start = 1966 + 5 * (number - 3);
            return new ReportPeriod(start, start + 4);
        }
        if (publishedOn != null) {
            int y = publishedOn.getYear();
            boolean early = publishedOn.getMonthValue() <= 6;
            if (s.contains("过去五年")) {
                return early ? new ReportPeriod(y - 5, y - 1) : new ReportPeriod(y - 4, y);
            }
            if (s.contains("未来五年") || s.contains("今后五年")) {
                return early ? new ReportPeriod(y, y + 4) : new ReportPeriod(y + 1, y + 5);
            }
            if (s.contains("过去一年") || s.contains("过去的一年")) {
                return ReportPeriod.year(early ? y - 1 : y);
            }
            if (s.contains("去年")) {
                return ReportPeriod.year(y - 1);
            }
            if (s.contains("今年")) {
                return ReportPeriod.year(y);
            }
            if (s.contains("明年")) {
                return ReportPeriod.year(y + 1);
            }
        }
        return null;
    }

    /** Actual for a period wholly before the publication year, target for one wholly after it. */
    static FigureKind kindByDateBeyond(ReportPeriod period, LocalDate publishedOn) {
        if (publishedOn == null) {
            return null;
        }
        int y = publishedOn.getYear();
        if (period.end() < y) {
            return FigureKind.ACTUAL;
        }
        if (period.start() > y) {
            return FigureKind.TARGET;
        }
        return null;
    }

    /**
     * For a period that includes the publication year: a report from the first half of a year plans that year,
     * one from the second half reviews it.
     */
    static FigureKind kindByDate(ReportPeriod period, LocalDate publishedOn) {
        FigureKind beyond = kindByDateBeyond(period, publishedOn);
        if (beyond != null || publishedOn == null) {
            return beyond;
        }
        int y = publishedOn.getYear();
        boolean early = publishedOn.getMonthValue() <= 6;
        if (period.start() == y && early) {
            return FigureKind.TARGET;
        }
        if (period.end() == y && !early) {
            return FigureKind.ACTUAL;
        }
        return null;
    }

    private static FigureKind kindByWords(String s, List<String> review, List<String> plan) {
        boolean r = review.stream().anyMatch(s::contains);
        boolean p = plan.stream().anyMatch(s::contains);
        return r == p ? null : r ? FigureKind.ACTUAL : FigureKind.TARGET;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * A heading is a Markdown heading, a line that is bold from end to end, or a short line that does not end a
     * sentence (the plain-text headings of a scraped newspaper page).
     */
    private static boolean isHeading(String raw, String line) {
        String t = raw.trim();
        if (t.startsWith("#")) {
            return true;
        }
        String unbulleted = t.replaceFirst("^[●•▲■◆\\-*]\\s*(?=\\*\\*)", "");
        if (unbulleted.startsWith("**") && unbulleted.endsWith("**") && unbulleted.length() > 4
                && !unbulleted.substring(2, unbulleted.length() - 2).contains("**")) {
            return true;
        }
        return !line.isEmpty() && line.codePointCount(0, line.length()) <= HEADING_MAX_LENGTH
                && !line.matches(".*[。！？；：:!?;].*") && !line.matches("^[0-9]+[.、．].*");
    }

    static String stripMarkup(String raw) {
        return raw.replaceAll("\\*\\*", "").replaceFirst("^\\s*(#+|[●•▲■◆]|-(?!\\d)|\\*)\\s*", "");
    }
}
