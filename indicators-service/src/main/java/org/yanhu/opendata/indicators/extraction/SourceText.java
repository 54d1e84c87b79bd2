package org.yanhu.opendata.indicators.extraction;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A report to extract figures from. The publication date is optional; it settles whether a year the text
 * names is behind the report (actual) or ahead of it (target) when the words around it do not.
 */
public record SourceText(String id, String text, LocalDate publishedOn) {

    public SourceText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
