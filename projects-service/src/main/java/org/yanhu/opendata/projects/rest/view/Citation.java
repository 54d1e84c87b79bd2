package org.yanhu.opendata.projects.rest.view;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;

/** Where a status, figure or promise was published, with the words that state it. */
@Schema(name = "Citation")
public record Citation(
        @Schema(example = "004_006121198c1df0a0") String id,
        Label title,
        @Schema(example = "2025-12-29") LocalDate publishedOn,
        @Schema(description = "The verbatim fragment of the document", example = "广燃150兆瓦光伏电站一期等65个产业项目投产达效")
        String quote) {
}
