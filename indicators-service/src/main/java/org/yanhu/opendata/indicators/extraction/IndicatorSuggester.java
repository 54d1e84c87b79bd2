package org.yanhu.opendata.indicators.extraction;

import java.util.Optional;

/** Proposes the existing indicator a figure belongs to; a person confirms or changes it on review. */
@FunctionalInterface
public interface IndicatorSuggester {

    /** A suggester that never suggests, for extraction without a catalogue. */
    IndicatorSuggester NONE = mention -> Optional.empty();

    Optional<SuggestedIndicator> suggest(FigureMention mention);
}
