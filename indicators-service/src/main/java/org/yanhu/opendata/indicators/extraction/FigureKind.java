package org.yanhu.opendata.indicators.extraction;

/** Whether a figure reports what happened or states what is planned. */
public enum FigureKind {
    ACTUAL, TARGET;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
