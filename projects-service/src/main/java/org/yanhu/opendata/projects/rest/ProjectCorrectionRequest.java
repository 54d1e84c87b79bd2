package org.yanhu.opendata.projects.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of PATCH /api/v1/projects/{id}: a JSON merge patch of the correctable fields. */
@Schema(name = "ProjectCorrection", description = "A JSON merge patch (RFC 7386): absent members keep their value, "
        + "null removes an optional one (description, town). Only these members are accepted.")
public record ProjectCorrectionRequest(
        @Schema(description = "zh and/or en") PartialText name,
        @Schema(description = "zh and/or en; null removes the description", nullable = true) PartialText description,
        @Schema(description = "A sector code (not a group)", example = "energy.storage") String sector,
        @Schema(description = "Town as the text writes it; null removes it", nullable = true, example = "解州") String town,
        @Schema(description = "The year the first status refers to", example = "2024") Integer year,
        @Schema(description = "Why the correction is made (required); kept with the release",
                example = "The 2025 report names the station's phase") String reason) {

    /** Either language or both: a merge patch leaves out what it does not change. */
    @Schema(name = "PartialText")
    public record PartialText(@Schema(example = "广燃150兆瓦光伏电站一期") String zh,
            @Schema(example = "Guangran 150 MW PV Power Station, Phase I") String en) {
    }
}
