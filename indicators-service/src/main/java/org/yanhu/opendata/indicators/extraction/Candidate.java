package org.yanhu.opendata.indicators.extraction;

import org.yanhu.opendata.api.quantity.Comparator;
import java.math.BigDecimal;

/**
 * One figure the extractor proposes. {@code start}/{@code end} bound the quote and
 * {@code valueStart}/{@code valueEnd} the number itself, both in Unicode code points of the source text.
 * {@code period} is null when nothing in the text or the publication date settles it.
 */
public record Candidate(
        String id,
        BigDecimal value,
        String text,
        String unit,
        BigDecimal multiplier,
        BigDecimal baseValue,
        String baseUnit,
        Comparator comparator,
        FigureKind kind,
        String period,
        String quote,
        int start,
        int end,
        int valueStart,
        int valueEnd,
        String section,
        SuggestedIndicator suggestedIndicator) {
}
