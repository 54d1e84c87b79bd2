package org.yanhu.opendata.projects.rest.view;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;

/** The current record of a project, compiled from its releases. */
public record ProjectDetail(
        @Schema(example = "guangran-pv-150mw-phase1") String id,
        Label name,
        @Schema(nullable = true) Label description,
        SectorView sector,
        @Schema(description = "The status of the latest status release") StatusView status,
        @Schema(description = "Publication date of the source of the current status", example = "2025-12-29")
        LocalDate statusDate,
        @Schema(description = "The year the first status refers to", example = "2025") int year,
        LocationView location,
        List<MetricView> metrics,
        @Schema(description = "Every status claim, oldest first") List<TimelineEntry> timeline,
        @Schema(description = "Pledges that name this project") List<PledgeRef> pledges,
        @Schema(description = "Date of the latest release", example = "2025-12-29") LocalDate updatedOn,
        @Schema(description = "Number of releases; the ETag changes with it", example = "2") int revision,
        @Schema(example = "/api/v1/projects/guangran-pv-150mw-phase1/history") String history,
        @Schema(description = "Set when the project was withdrawn (e.g. one sentence recorded as two projects): it is "
                + "kept with its history, and is out of lists, stats, search and the projects of pledges",
                nullable = true) WithdrawalView withdrawal) {
}
