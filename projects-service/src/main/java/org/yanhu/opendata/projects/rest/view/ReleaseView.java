package org.yanhu.opendata.projects.rest.view;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.view.Citation;
import org.yanhu.opendata.api.view.CodeLabel;

/** One immutable release of a project. */
@Schema(name = "Release")
public record ReleaseView(
        @Schema(description = "project id and sequence", example = "guangran-pv-150mw-phase1.r2") String id,
        @Schema(description = "Per-project sequence number, in the order recorded; breaks ties between equal dates",
                example = "2") int sequence,
        @Schema(description = "registration, status, correction or withdrawal") CodeLabel kind,
        @Schema(description = "For a status release the source's publication date; otherwise the day it was recorded",
                example = "2025-12-29") LocalDate date,
        @Schema(description = "The year the status describes", nullable = true, example = "2025") String period,
        @Schema(nullable = true) StatusView status,
        @Schema(description = "For a status release: the verb its status is derived from", nullable = true,
                example = "投产达效") String verb,
        @Schema(description = "For a status release: stated or inferred", nullable = true) CodeLabel evidence,
        @Schema(nullable = true) Citation source,
        @Schema(description = "Fields set (registration), corrected (correction) or withdrawal.* fields set (withdrawal)") List<FieldChangeView> changes,
        @Schema(description = "Metrics this release added") List<MetricView> metrics,
        @Schema(description = "When the service stored it (server clock)") OffsetDateTime recordedAt,
        @Schema(description = "dataset, or the name of the API key that wrote it", example = "dataset") String recordedBy,
        @Schema(description = "Why it was written", nullable = true) String reason,
        @Schema(description = "Whether this release gives the project's current status") boolean currentStatus) {
}
