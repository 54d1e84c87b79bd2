package org.yanhu.opendata.projects.rest.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.view.CodeLabel;

/** How many pledges of a plan year have a status; every status appears, with zero where none has it. */
public record ScorecardRow(
        @Schema(description = "Plan year", example = "2024") int year,
        CodeLabel status,
        @Schema(description = "Pledges of the year with this status", example = "3") long pledges,
        @Schema(description = "Of which livelihood pledges (惠民实事)", example = "2") long livelihoodPledges,
        @Schema(description = "Of the pledges with this status, how many rest on an outcome the later report states, "
                + "and how many on a curators' inference; both 0 for a status without an outcome") ByEvidence byEvidence) {

    @Schema(name = "ScorecardByEvidence")
    public record ByEvidence(@Schema(example = "2") long stated, @Schema(example = "1") long inferred) {
    }
}
