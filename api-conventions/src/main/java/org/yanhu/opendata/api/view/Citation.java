package org.yanhu.opendata.api.view;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;

/** Where a figure, status or promise was published, with the verbatim words that state it. */
@Schema(name = "Citation")
public record Citation(
        @Schema(example = "000_1861cacfb8655aea") String id,
        Label title,
        @Schema(example = "2024-02-23") LocalDate publishedOn,
        @Schema(description = "The verbatim fragment of the document that states the figure",
                example = "全区地区生产总值突破400亿元") String quote) {

    public static Citation of(String id, String titleZh, String titleEn, LocalDate publishedOn, String quote) {
        return new Citation(id, new Label(titleZh, titleEn), publishedOn, quote);
    }
}
