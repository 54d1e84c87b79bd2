package org.yanhu.opendata.indicators.extraction;

/** How a figure relates to its number, from the qualifier words around it (突破 400 is {@code GT} 400). */
public enum Comparison {
    EQ, GT, GTE, LT, LTE, APPROX;

    /** The code used in the API and the dataset: eq, gt, gte, lt, lte, approx. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
