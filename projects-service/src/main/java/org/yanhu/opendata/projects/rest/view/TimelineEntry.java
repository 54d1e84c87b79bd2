package org.yanhu.opendata.projects.rest.view;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.view.Citation;

/** One status claim of a project, in date order. */
@Schema(name = "TimelineEntry")
public record TimelineEntry(
        @Schema(description = "Publication date of the source", example = "2025-12-29") LocalDate date,
        @Schema(description = "The year the status describes", example = "2025") String period,
        StatusView status,
        Citation source,
        @Schema(description = "The release that states it", example = "2") int sequence) {
}
