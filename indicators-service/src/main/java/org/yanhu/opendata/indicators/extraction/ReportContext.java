package org.yanhu.opendata.indicators.extraction;

/**
 * What the headings and opening sentences above a position say: whether the text there reviews or plans
 * (null when nothing said yet), which period, the plan period it sits in (过去五年 above "2016年，…": a growth
 * 年均 there is over the span), and the nearest heading.
 */
record ReportContext(FigureKind kind, ReportPeriod period, ReportPeriod span, String section) {

    static final ReportContext NONE = new ReportContext(null, null, null, null);
}
