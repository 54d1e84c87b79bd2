package org.yanhu.opendata.gateway.search;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;

/** One thing that matched a search: an indicator, a project or a pledge. */
@Schema(name = "SearchHit")
public record SearchHit(
        @Schema(description = "What kind of thing matched", enumeration = {"indicator", "project", "pledge"},
                example = "indicator") String type,
        @Schema(description = "Its id: an indicator code, a project slug or a pledge id", example = "TOURIST_VISITS")
        String id,
        @Schema(description = "Its name (for a pledge: its text), in Chinese and English") Label title,
        @Schema(description = "Topic of an indicator, sector of a project or pledge", nullable = true)
        Category category,
        @Schema(description = "Where to read it", example = "/api/v1/indicators/TOURIST_VISITS") String link,
        @Schema(description = "Relevance from 0 to 1: exact id or title 1, title starting with the query 0.8, "
                + "title containing it 0.6 and more, a match elsewhere (description, text) 0.3",
                type = SchemaType.NUMBER, example = "0.8") double score) {

    /** A coded grouping with its label. */
    @Schema(name = "SearchHitCategory")
    public record Category(@Schema(example = "tourism") String code, Label label) {
    }
}
