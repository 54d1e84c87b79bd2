package org.yanhu.opendata.indicators.importer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResult")
public record ImportResult(
        @Schema(description = "Observation rows received", example = "109") int received,
        @Schema(description = "New observations or new versions written", example = "1") int inserted,
        @Schema(description = "Rows identical to a version already published; nothing written", example = "108") int unchanged,
        @Schema(description = "The data version after the import", example = "3") long dataVersion) {
}
