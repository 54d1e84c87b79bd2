package org.yanhu.opendata.indicators.rest.mapping;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yanhu.opendata.indicators.Indicator;
import org.yanhu.opendata.indicators.Observation;
import org.yanhu.opendata.indicators.Region;
import org.yanhu.opendata.indicators.service.ChartSeries;

/**
 * Draws one indicator's series as a self-contained SVG bar chart for embedding in an article:
 * actuals solid, targets dashed, qualifiers marked on the labels, both languages, and the sources named.
 */
public final class SvgChart {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 440;
    private static final int LEFT = 80;
    private static final int RIGHT = 24;
    private static final int TOP = 78;
    private static final int BOTTOM = 120;
    private static final String ACTUAL_COLOUR = "#1f5fa8";
    private static final String TARGET_COLOUR = "#c0392b";

    private SvgChart() {
    }

    public static String render(ChartSeries chart) {
        Region region = chart.region();
        return render(chart.indicator(), region.nameZh + " " + region.nameEn + "（" + region.code + "）",
                chart.observations());
    }

    static String render(Indicator indicator, String regionLabel, List<Observation> series) {
        Set<String> sources = new LinkedHashSet<>();
        for (Observation o : series) {
            sources.add(o.source.id + "（" + o.source.publishedOn + "）" + o.source.titleZh);
        }
        // One line for each source below the plot, so that none is cut off.
        int height = HEIGHT + 16 * Math.max(0, sources.size() - 1);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"title desc\" font-family=\"'Noto Sans CJK SC','Microsoft YaHei',sans-serif\">\n");
        String title = indicator.nameZh + " · " + indicator.nameEn;
        svg.append("<title id=\"title\">").append(esc(title)).append("</title>\n");
        svg.append("<desc id=\"desc\">").append(esc(regionLabel + "; " + series.size() + " published figures; unit "
                + indicator.unit.code)).append("</desc>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        text(svg, LEFT, 28, 18, "bold", "start", indicator.nameZh + "（" + indicator.unit.nameZh + "）");
        text(svg, LEFT, 50, 14, "normal", "start", indicator.nameEn + " (" + indicator.unit.nameEn + ") · "
                + regionLabel);

        Map<String, List<Observation>> byPeriod = new LinkedHashMap<>();
        for (Observation o : series) {
            byPeriod.computeIfAbsent(o.period, p -> new ArrayList<>()).add(o);
        }
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int baseline = TOP + plotHeight;
        BigDecimal max = series.stream().map(o -> inIndicatorUnit(indicator, o)).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        double top = niceCeiling(max.doubleValue());
        for (int i = 0; i <= 4; i++) {
            double tick = top * i / 4;
            int y = baseline - (int) Math.round(plotHeight * i / 4.0);
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"")
                    .append(WIDTH - RIGHT).append("\" y2=\"").append(y).append("\" stroke=\"#dddddd\"/>\n");
            text(svg, LEFT - 8, y + 4, 11, "normal", "end", plain(tick));
        }
        if (series.isEmpty()) {
            text(svg, WIDTH / 2, TOP + plotHeight / 2, 14, "normal", "middle", "暂无数据 · No published figures");
        }
        int slot = byPeriod.isEmpty() ? plotWidth : plotWidth / byPeriod.size();
        int index = 0;
        Set<String> qualifiersUsed = new LinkedHashSet<>();
        for (Map.Entry<String, List<Observation>> period : byPeriod.entrySet()) {
            List<Observation> bars = period.getValue();
            int barWidth = Math.max(8, Math.min(60, (slot - 16) / bars.size()));
            int x0 = LEFT + index * slot + (slot - barWidth * bars.size()) / 2;
            for (int b = 0; b < bars.size(); b++) {
                Observation o = bars.get(b);
                double value = inIndicatorUnit(indicator, o).doubleValue();
                int h = top <= 0 ? 0 : (int) Math.round(plotHeight * value / top);
                int x = x0 + b * barWidth;
                boolean target = "target".equals(o.kind);
                svg.append("<rect x=\"").append(x + 2).append("\" y=\"").append(baseline - h).append("\" width=\"")
                        .append(barWidth - 4).append("\" height=\"").append(h).append("\" ")
                        .append(target ? "fill=\"none\" stroke=\"" + TARGET_COLOUR + "\" stroke-width=\"2\" stroke-dasharray=\"5 3\""
                                : "fill=\"" + ACTUAL_COLOUR + "\"")
                        .append("><title>").append(esc(o.period + " " + (target ? "目标 target" : "实际 actual") + ": "
                                + symbol(o.comparator) + plain(o.measure.value()) + o.unit.code + " — " + o.quote))
                        .append("</title></rect>\n");
                if (!"eq".equals(o.comparator)) {
                    qualifiersUsed.add(o.comparator);
                }
                text(svg, x + barWidth / 2, baseline - h - 6, 11, "bold", "middle",
                        symbol(o.comparator) + plain(o.measure.value()) + o.unit.code);
            }
            text(svg, LEFT + index * slot + slot / 2, baseline + 18, 12, "normal", "middle", period.getKey());
            index++;
        }
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(baseline).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(baseline).append("\" stroke=\"#333333\"/>\n");
        int legendY = baseline + 44;
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(legendY - 10).append("\" width=\"14\" height=\"10\" fill=\"")
                .append(ACTUAL_COLOUR).append("\"/>\n");
        text(svg, LEFT + 20, legendY, 12, "normal", "start", "实际 actual");
        svg.append("<rect x=\"").append(LEFT + 120).append("\" y=\"").append(legendY - 10)
                .append("\" width=\"14\" height=\"10\" fill=\"none\" stroke=\"").append(TARGET_COLOUR)
                .append("\" stroke-dasharray=\"4 2\"/>\n");
        text(svg, LEFT + 140, legendY, 12, "normal", "start", "目标 target");
        if (!qualifiersUsed.isEmpty()) {
            List<String> notes = new ArrayList<>();
            for (String q : qualifiersUsed) {
                notes.add(symbol(q) + " " + qualifierLabel(q));
            }
            text(svg, LEFT + 250, legendY, 12, "normal", "start", String.join(" · ", notes));
        }
        text(svg, LEFT, legendY + 24, 11, "bold", "start", "来源 Source: 盐湖区政府工作报告 Yanhu District government work reports");
        int line = legendY + 40;
        for (String source : sources) {
            text(svg, LEFT, line, 10, "normal", "start", shorten(source, 70));
            line += 16;
        }
        text(svg, LEFT, line + 4, 10, "normal", "start", "Yanhu Open Data API · /api/v1/indicators/"
                + indicator.code + " · CC BY 4.0");
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static BigDecimal inIndicatorUnit(Indicator indicator, Observation o) {
        return o.measure.baseValue().divide(indicator.unit.scale.multiplier(), MathContext.DECIMAL64);
    }

    private static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * magnitude >= max * 1.1) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String plain(double value) {
        return plain(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String symbol(String comparator) {
        return switch (comparator) {
            case "gt" -> ">";
            case "gte" -> "≥";
            case "lt" -> "<";
            case "lte" -> "≤";
            case "approx" -> "≈";
            default -> "";
        };
    }

    private static String qualifierLabel(String comparator) {
        return switch (comparator) {
            case "gt" -> "突破/超过 more than";
            case "gte" -> "以上 at least";
            case "lt" -> "低于 less than";
            case "lte" -> "以下 at most";
            case "approx" -> "近/约/余 about";
            default -> "";
        };
    }

    private static void text(StringBuilder svg, int x, int y, int size, String weight, String anchor, String content) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\" font-weight=\"%s\" "
                + "text-anchor=\"%s\" fill=\"#222222\">", x, y, size, weight, anchor))
                .append(esc(content)).append("</text>\n");
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
