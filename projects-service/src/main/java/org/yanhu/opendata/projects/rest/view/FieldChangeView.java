package org.yanhu.opendata.projects.rest.view;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field a registration set or a correction changed. */
@Schema(name = "FieldChange")
public record FieldChangeView(
        @Schema(enumeration = {"name.zh", "name.en", "description.zh", "description.en", "sector", "town", "year"},
                example = "name.en") String field,
        @Schema(description = "Value before: text, a number, or null when the field was empty",
                example = "Guangran PV station") JsonNode from,
        @Schema(description = "Value after: text, a number, or null when the field is removed",
                example = "Guangran 150 MW Photovoltaic Power Station, Phase 1") JsonNode to) {
}
