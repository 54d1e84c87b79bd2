package org.yanhu.opendata.indicators.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The units a figure can carry, each with its multiplier and base unit, and the scale prefixes (万, 亿, …) that
 * compose with them: 万 + 人次 is 万人次, 10,000 person-visits. Matching is longest first, so 个百分点 wins over
 * 个 and 千米 (a unit of its own) over 千 + 米.
 */
public final class UnitTable {

    /** How a unit may be used. */
    public enum Use {
        /** A unit of measurement (亿元, 公里, %): always a figure. */
        MEASURE,
        /** A classifier for concrete things (所, 家, 座, 名): a figure in Arabic or Chinese numerals. */
        COUNT,
        /**
         * A classifier that Chinese-numeral slogans use (个, 项, 条, 次): in Chinese numerals a figure only from ten
         * up (十件民生实事), since 两个毫不动摇 or 三条主线 are not counts of anything.
         */
        ABSTRACT_COUNT,
        /** A duration (天, 小时): a figure in Arabic numerals only; 三个十天硬仗, 一小时经济圈 are phrases. */
        DURATION,
        /** A unit that names a class rather than measuring (10千伏 in 10千伏苏村线 is a voltage class): never a figure. */
        NAME_CLASS
    }

    public record Unit(String written, BigDecimal multiplier, String baseUnit, Use use) {
    }

    /** A unit as it occurs after a number: [start, end) in the text, as written, with its combined multiplier. */
    public record Match(int start, int end, String written, BigDecimal multiplier, String baseUnit, Use use,
                        boolean approximate, boolean scaled) {
    }

    private static final UnitTable STANDARD = new UnitTable(standardUnits(), standardPrefixes(), standardCollocations());

    private final Map<Integer, List<Unit>> unitsByFirst = new HashMap<>();
    private final Map<String, Unit> unitsByName = new HashMap<>();
    private final List<Map.Entry<String, BigDecimal>> prefixes;
    private final Set<String> notUnitWords;

    UnitTable(List<Unit> units, Map<String, BigDecimal> prefixes, Set<String> notUnitWords) {
        for (Unit u : units) {
            unitsByFirst.computeIfAbsent(u.written().codePointAt(0), k -> new ArrayList<>()).add(u);
            unitsByName.put(u.written(), u);
        }
        unitsByFirst.values().forEach(l -> l.sort(Comparator.comparingInt((Unit u) -> -CodePointText.length(u.written()))));
        this.prefixes = new ArrayList<>(prefixes.entrySet());
        this.prefixes.sort(Comparator.comparingInt(e -> -CodePointText.length(e.getKey())));
        this.notUnitWords = notUnitWords;
    }

    public static UnitTable standard() {
        return STANDARD;
    }

    /**
     * The unit after a number ending at {@code from}: an optional scale prefix, an optional 余/多 ("more than a
     * little"), and a unit, as in 1万余人, 130余家, 30多万元.
     */
    Optional<Match> readAfter(CodePointText text, int from) {
        int i = from;
        if (text.at(i) == ' ' || text.at(i) == '\u00a0') {
            i++;
        }
        boolean approx = false;
        if (isApproxInfix(text.at(i))) {
            approx = true;
            i++;
        }
        Unit direct = unitAt(text, i);
        String prefix = null;
        BigDecimal prefixMultiplier = BigDecimal.ONE;
        Unit afterPrefix = null;
        int afterPrefixStart = -1;
        for (Map.Entry<String, BigDecimal> p : prefixes) {
            if (text.hasAt(i, p.getKey())) {
                int j = i + CodePointText.length(p.getKey());
                boolean infix = false;
                if (!approx && isApproxInfix(text.at(j))) {
                    infix = true;
                    j++;
                }
                Unit u = unitAt(text, j);
                if (u != null) {
                    prefix = p.getKey();
                    prefixMultiplier = p.getValue();
                    afterPrefix = u;
                    afterPrefixStart = j;
                    approx |= infix;
                    break;
                }
            }
        }
        int directEnd = direct == null ? -1 : i + CodePointText.length(direct.written());
        int prefixedEnd = afterPrefix == null ? -1 : afterPrefixStart + CodePointText.length(afterPrefix.written());
        if (prefixedEnd > directEnd) {
            String written = text.slice(i, i + CodePointText.length(prefix))
                    + text.slice(afterPrefixStart, prefixedEnd);
            return Optional.of(new Match(i, prefixedEnd, written,
                    prefixMultiplier.multiply(afterPrefix.multiplier()), afterPrefix.baseUnit(), afterPrefix.use(), approx, true));
        }
        if (direct == null && afterPrefix == null) {
            Optional<Match> bare = bareScale(text, i, approx);
            if (bare.isPresent()) {
                return bare;
            }
        }
        if (direct != null) {
            return Optional.of(new Match(i, directEnd, text.slice(i, directEnd), direct.multiplier(), direct.baseUnit(),
                    direct.use(), approx, false));
        }
        return Optional.empty();
    }

    /**
     * 常住人口52.3万, 游客1200万余: a scale with no unit, at the end of a clause, is a count in that scale (the
     * reviewer names the unit). Only 万 and 亿, which a report writes alone; 三千 or 五百 alone are numbers.
     */
    private static Optional<Match> bareScale(CodePointText text, int i, boolean approx) {
        for (String scale : List.of("万亿", "亿", "万")) {
            if (!text.hasAt(i, scale)) {
                continue;
            }
            int end = i + CodePointText.length(scale);
            boolean infix = !approx && isApproxInfix(text.at(end));
            int after = infix ? end + 1 : end;
            int next = text.at(after);
            if (next == -1 || next == '、' || Clauses.isHardBoundary(next) || next == '）' || next == ')') {
                BigDecimal multiplier = scale.equals("万") ? new BigDecimal("10000")
                        : scale.equals("亿") ? new BigDecimal("100000000") : new BigDecimal("1000000000000");
                return Optional.of(new Match(i, after, scale, multiplier, "count", Use.COUNT, approx || infix, true));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A unit named on its own, such as an indicator's unit ("亿元", "万人次"), with its multiplier and base unit. */
    public Optional<Unit> parse(String written) {
        if (written == null || written.isEmpty()) {
            return Optional.empty();
        }
        Unit u = unitsByName.get(written);
        if (u != null) {
            return Optional.of(u);
        }
        for (Map.Entry<String, BigDecimal> p : prefixes) {
            if (written.startsWith(p.getKey())) {
                Unit rest = unitsByName.get(written.substring(p.getKey().length()));
                if (rest != null) {
                    return Optional.of(new Unit(written, p.getValue().multiply(rest.multiplier()), rest.baseUnit(), rest.use()));
                }
            }
        }
        return Optional.empty();
    }

    private Unit unitAt(CodePointText text, int i) {
        List<Unit> candidates = unitsByFirst.get(text.at(i));
        if (candidates == null) {
            return null;
        }
        for (Unit u : candidates) {
            if (text.hasAt(i, u.written())) {
                int end = i + CodePointText.length(u.written());
                // 家庭, 人民, 项目: the character starts a word here, it does not count anything
                if (CodePointText.length(u.written()) == 1 && notUnitWords.contains(text.normalized(i, Math.min(end + 1, text.length())))) {
                    continue;
                }
                return u;
            }
        }
        return null;
    }

    static boolean isApproxInfix(int cp) {
        return cp == '余' || cp == '多';
    }

    private static List<Unit> standardUnits() {
        List<Unit> u = new ArrayList<>();
        measure(u, "元", 1, "CNY");
        measure(u, "美元", 1, "USD");
        measure(u, "欧元", 1, "EUR");
        measure(u, "亩", 1, "mu");
        measure(u, "公顷", 1, "hectare");
        measure(u, "平方米", 1, "m2");
        measure(u, "平米", 1, "m2");
        measure(u, "平方公里", 1, "km2");
        measure(u, "平方千米", 1, "km2");
        measure(u, "公里", 1, "km");
        measure(u, "千米", 1, "km");
        measure(u, "米", 1, "m");
        measure(u, "延米", 1, "m");
        measure(u, "立方米", 1, "m3");
        measure(u, "吨", 1000, "kg");
        measure(u, "公斤", 1, "kg");
        measure(u, "千克", 1, "kg");
        measure(u, "斤", new BigDecimal("0.5"), "kg");
        measure(u, "瓦", 1, "W");
        measure(u, "千瓦", 1000, "W");
        measure(u, "兆瓦", 1_000_000, "W");
        measure(u, "吉瓦", 1_000_000_000, "W");
        measure(u, "千瓦时", 1000, "Wh");
        measure(u, "度", 1000, "Wh");
        measure(u, "千伏安", 1000, "VA");
        measure(u, "%", 1, "percent");
        measure(u, "％", 1, "percent");
        measure(u, "个百分点", 1, "percentage_point");
        measure(u, "百分点", 1, "percentage_point");
        measure(u, "倍", 1, "times");
        measure(u, "周岁", 1, "year");
        measure(u, "岁", 1, "year");
        for (String[] d : new String[][] {{"天", "day"}, {"个工作日", "working_day"}, {"个月", "month"}, {"小时", "hour"},
                {"分钟", "minute"}}) {
            u.add(new Unit(d[0], BigDecimal.ONE, d[1], Use.DURATION));
        }
        measure(u, "人次", 1, "person_visit");
        u.add(new Unit("千伏", BigDecimal.valueOf(1000), "V", Use.NAME_CLASS));
        u.add(new Unit("kV", BigDecimal.valueOf(1000), "V", Use.NAME_CLASS));
        measure(u, "‰", 1, "permille");
        measure(u, "㎡", 1, "m2");
        // air quality: PM2.5 下降至32微克每立方米
        measure(u, "微克/立方米", 1, "ug_per_m3");
        measure(u, "微克每立方米", 1, "ug_per_m3");
        measure(u, "μg/m³", 1, "ug_per_m3");
        measure(u, "μg/m3", 1, "ug_per_m3");
        // units written in Latin letters; a number touching other letters is a code (5G, 4A)
        measure(u, "MW", 1_000_000, "W");
        measure(u, "GW", 1_000_000_000, "W");
        measure(u, "kW", 1000, "W");
        measure(u, "kWh", 1000, "Wh");
        measure(u, "km", 1, "km");
        measure(u, "km²", 1, "km2");
        measure(u, "m²", 1, "m2");
        measure(u, "m³", 1, "m3");
        measure(u, "标箱", 1, "TEU");
        count(u, "人", "person", Use.COUNT);
        count(u, "名", "person", Use.COUNT);
        count(u, "位", "person", Use.ABSTRACT_COUNT);
        count(u, "户", "household", Use.COUNT);
        for (String c : List.of("家", "所", "座", "处", "台", "辆", "套", "间", "栋", "幢", "只", "株", "棵", "宗", "例",
                "起", "份", "艘", "架", "孔", "眼", "口", "羽", "册", "列")) {
            count(u, c, "count", Use.COUNT);
        }
        // in Chinese numerals these are slogans more often than counts: 五位一体, 三张清单, 两头在外, 三支队伍
        for (String c : List.of("个", "项", "件", "条", "批", "种", "类", "期", "轮", "届", "篇", "部", "张", "头", "支", "块")) {
            count(u, c, "count", Use.ABSTRACT_COUNT);
        }
        count(u, "次", "event", Use.ABSTRACT_COUNT);
        count(u, "场", "event", Use.ABSTRACT_COUNT);
        // a classifier with 次 counts occurrences: 接种疫苗103.6万剂次, 检测车辆5000辆次
        for (String c : List.of("场次", "架次", "班次", "户次", "件次", "批次", "剂次", "车次", "辆次", "艘次", "台次", "例次")) {
            count(u, c, "event", Use.COUNT);
        }
        return u;
    }

    private static void measure(List<Unit> u, String written, long multiplier, String base) {
        measure(u, written, BigDecimal.valueOf(multiplier), base);
    }

    private static void measure(List<Unit> u, String written, BigDecimal multiplier, String base) {
        u.add(new Unit(written, multiplier, base, Use.MEASURE));
    }

    private static void count(List<Unit> u, String written, String base, Use use) {
        u.add(new Unit(written, BigDecimal.ONE, base, use));
    }

    private static Map<String, BigDecimal> standardPrefixes() {
        return Map.of(
                "万亿", new BigDecimal("1000000000000"),
                "亿", new BigDecimal("100000000"),
                "千万", new BigDecimal("10000000"),
                "百万", new BigDecimal("1000000"),
                "十万", new BigDecimal("100000"),
                "万", new BigDecimal("10000"),
                "千", new BigDecimal("1000"),
                "百", new BigDecimal("100"));
    }

    /** Two-character words whose first character is also a unit: after a number they start a word instead. */
    private static Set<String> standardCollocations() {
        return Set.of("家庭", "家乡", "家园", "家居", "家电", "家政", "家属", "人民", "人员", "人才", "人大", "人工",
                "人群", "名称", "名单", "名牌", "名片", "名录", "项目", "条件", "条例", "条款", "所有", "所属", "所在",
                "起来", "起步", "起点", "场景", "场所", "场馆", "场地", "座谈", "处理", "处置", "天然", "天气", "头部",
                "支持", "支撑", "支付", "份额", "只有", "间隔", "间接", "户籍", "户口", "户外", "次年", "次数", "类型",
                "种植", "种子", "种业", "批准", "批复", "元素", "元旦", "个体", "期间", "期限", "部门", "部分", "部署",
                "台账", "口岸", "眼镜", "米面", "届时", "块状", "度假", "度过", "列入", "列为", "列席", "列出");
    }
}
