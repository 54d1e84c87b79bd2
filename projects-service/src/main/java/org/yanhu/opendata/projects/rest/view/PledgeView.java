package org.yanhu.opendata.projects.rest.view;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.view.Citation;
import org.yanhu.opendata.api.view.CodeLabel;
import org.yanhu.opendata.api.view.UnitView;

/** A dated promise with its targets, linked projects, reported outcomes and derived status. */
@Schema(name = "Pledge")
public record PledgeView(
        @Schema(example = "2024-lp-01") String id,
        @Schema(description = "The plan year", example = "2024") int year,
        @Schema(description = "1..12 for the livelihood pledges", nullable = true, example = "1") Integer number,
        @Schema(description = "One of the 12 livelihood pledges (惠民实事)") boolean livelihood,
        SectorView sector,
        Label text,
        Citation source,
        List<Target> targets,
        List<ProjectRef> projects,
        List<Outcome> outcomes,
        @Schema(description = "The latest outcome's judgement; without one, not_reported once a later document has "
                + "reviewed the plan year, else in_progress") CodeLabel status,
        @Schema(description = "Revision of the pledge text; a changed pledge adds one", example = "1") int revision,
        @Schema(example = "/api/v1/pledges/2024-lp-01") String link,
        @Schema(description = "Set when the pledge was withdrawn: it is kept, and is out of lists and the scorecard",
                nullable = true) WithdrawalView withdrawal) {

    @Schema(name = "PledgeTarget")
    public record Target(
            @Schema(example = "min_age_rural") String code,
            CodeLabel comparator,
            @Schema(example = "70") BigDecimal value,
            UnitView unit,
            @Schema(example = "70") BigDecimal baseValue,
            @Schema(example = "year_of_age") String baseUnit) {
    }

    @Schema(name = "PledgeOutcome")
    public record Outcome(
            Citation source,
            CodeLabel judgement,
            @Schema(description = "stated: the later report says this pledge or its named object was done; inferred: "
                    + "curators matched a figure of another year, wording or scope", nullable = true) CodeLabel evidence,
            @Schema(nullable = true) Label note) {
    }
}
