package org.yanhu.opendata.projects.rest.view;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;

/** A project as lists show it. */
public record ProjectSummary(
        @Schema(example = "guangran-pv-150mw-phase1") String id,
        Label name,
        SectorView sector,
        StatusView status,
        @Schema(description = "The year the first status refers to", example = "2025") int year,
        LocationView location,
        @Schema(description = "Whether the text gives numbers for the project") boolean hasMetrics,
        @Schema(description = "Date of the latest release", example = "2025-12-29") LocalDate updatedOn,
        @Schema(description = "Number of releases so far", example = "2") int revision,
        @Schema(example = "/api/v1/projects/guangran-pv-150mw-phase1") String link) {
}
